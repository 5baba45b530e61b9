import type { DesktopApi, ErrorCode, Result } from '../../electron/shared/ipc-contract'

export class NoHostError extends Error {
  constructor() {
    super('Programmet kjører uten skrivebordsvert')
  }
}

/** The host bridge. The page reaches main only through this object. */
export function desktop(): DesktopApi {
  const api = window.nfk
  if (!api) throw new NoHostError()
  return api
}

export const hasDesktop = (): boolean => window.nfk !== undefined

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

/** One place where host error codes become Norwegian messages. */
export function hostErrorMessage(result: Extract<Result<unknown>, { ok: false }>): string {
  const base = MESSAGES[result.error]
  return result.detail ? `${base} (${result.detail})` : base
}
