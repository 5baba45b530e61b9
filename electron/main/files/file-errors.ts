/**
 * Main's file errors as the page shows them: the file's own name and a Norwegian reason, never
 * Node's English text, which names the temporary file (`.navn.json.1a2b3c.tmp`) and its folder.
 */
import path from 'node:path'
import { err, type Err } from '../../shared/result'
import { FileBusyError, ReadBackError, SHORT_WRITE } from './atomic-write'

const REASONS: Record<string, string> = {
  EACCES: 'programmet har ikke tilgang til mappen eller filen',
  EPERM: 'operativsystemet tillot ikke å skrive her (filen kan være åpen i et annet program eller skrivebeskyttet)',
  ENOSPC: 'disken er full',
  EDQUOT: 'lagringskvoten din er brukt opp',
  EBUSY: 'filen er i bruk av et annet program',
  ENOENT: 'mappen finnes ikke, eller er ikke tilgjengelig nå',
  EROFS: 'disken eller mappen kan bare leses',
  ENOTDIR: 'en del av stien er en fil, ikke en mappe',
  EISDIR: 'det finnes en mappe med samme navn',
  EEXIST: 'det finnes allerede noe med samme navn',
  EIO: 'lese- eller skrivefeil på disken',
  EMFILE: 'for mange filer er åpne',
  ENFILE: 'for mange filer er åpne',
  ENAMETOOLONG: 'filnavnet eller mappestien er for lang',
  EINVAL: 'filnavnet er ugyldig',
  ETIMEDOUT: 'nettverksmappen svarte ikke',
  EHOSTDOWN: 'nettverksmappen svarte ikke',
  ECONNRESET: 'forbindelsen til nettverksmappen ble brutt',
  [SHORT_WRITE]: 'filen ble ikke skrevet helt (disken kan være full)',
}

const codeOf = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null
}

/** A Norwegian reason for a failed read or write; only an error code, never a message or path. */
export function fileErrorReason(error: unknown): string {
  if (error instanceof FileBusyError) return REASONS.EBUSY as string
  if (error instanceof ReadBackError) return `kontrollen etter skriving feilet: ${error.message}`
  const code = codeOf(error)
  if (!code) return 'ukjent feil ved lesing eller skriving'
  return REASONS[code] ?? `ukjent feil ved lesing eller skriving (${code})`
}

/** The result a handler returns when a file could not be written (or read): `file-busy` or `io-failed`. */
export function fileFailure(error: unknown, target?: string): Err {
  if (error instanceof FileBusyError) return err('file-busy', path.basename(error.target))
  const reason = fileErrorReason(error)
  const detail = target ? `${path.basename(target)}: ${reason}` : reason
  return err(error instanceof ReadBackError ? 'invalid-data' : 'io-failed', detail)
}
