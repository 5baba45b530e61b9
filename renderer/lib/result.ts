/**
 * One result shape for the whole app: main's IPC `Result` (electron/shared/result.ts). Repositories
 * and actions return it for the failures a user can cause (a rule refuses, a record is gone, a field
 * is wrong) instead of throwing; an exception is left for what nobody expects. `messageOf` is the
 * one place a failure becomes the Norwegian sentence the user reads.
 */
import { err, ok, type Err, type ErrorCode, type Ok, type Result } from '../../electron/shared/result'

export { ok, type Err, type Ok, type Result }

/**
 * The app's own refusal, its Norwegian sentence already written where the rule is. `fields` puts
 * messages at a form's fields (`name`, `address.postalCode` → message); `problems` lists them all
 * when there are several (a template's, an import file's).
 */
export type Refusal<P = string> = Err & { message: string; fields?: Readonly<Record<string, string>>; problems?: readonly P[] }

/** What a repository's write gives back: the record (or nothing) when it is done, the refusal when not. */
export type Outcome<T, P = string> = Ok<T> | Refusal<P>

/** A rule refused: nothing was written. */
export const refused = <P = string>(message: string, problems?: readonly P[]): Refusal<P> =>
  problems === undefined ? { ...err('refused'), message } : { ...err('refused'), message, problems }

/** The record asked for is not there (removed meanwhile, or never was). */
export const notFound = (message: string): Refusal<never> => ({ ...err('not-found'), message })

/** Fields that do not pass their checks, each with its message; together they are the message. */
export const invalidFields = (fields: Readonly<Record<string, string>>): Refusal<never> => ({
  ...err('invalid-data'),
  message: Object.values(fields).join(' '),
  fields,
})

const MESSAGES: Record<ErrorCode, string> = {
  'invalid-request': 'Forespørselen var ugyldig.',
  'forbidden-sender': 'Forespørselen ble avvist av sikkerhetshensyn.',
  cancelled: 'Avbrutt.',
  'not-found': 'Fant ikke det som ble bedt om.',
  'file-busy': 'Filen er åpen i et annet program. Lukk den og prøv igjen.',
  'io-failed': 'Kunne ikke lese eller skrive filen.',
  'invalid-data': 'Dataene er ugyldige.',
  'unsupported-character': 'Teksten inneholder et tegn som ikke kan skrives ut.',
  refused: 'Handlingen er ikke tillatt.',
  internal: 'Noe gikk galt i programmet.',
}

/** The Norwegian sentence for any failure: the app's own refusal says it itself; main's codes are mapped here. */
export function messageOf(failure: Err | Refusal<unknown>): string {
  if ('message' in failure) return failure.message
  const base = MESSAGES[failure.error]
  return failure.detail ? `${base} (${failure.detail})` : base
}
