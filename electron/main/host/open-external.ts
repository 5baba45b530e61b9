/**
 * The one guard for opening anything outside the app: `mailto:` links, files the app itself
 * wrote, and `https:` web sites after the user confirms. Everything else is refused.
 */
import type { OpenExternalRequest } from '../../shared/channels/app'
import { err, ok, type Result } from '../../shared/result'
import type { HostServices } from './services'
import type { WrittenFiles } from './written-files'

/** Windows' ShellExecute refuses longer command lines; Outlook truncates near here too. */
export const MAX_MAILTO_LENGTH = 2_000

/**
 * The header fields a mail link may set. Others (`attach`, `attachment`, `from`, `x-…`, `in-reply-to`)
 * are honoured by some mail programs and could attach a local file or spoof a sender.
 */
export const MAILTO_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'subject', 'body'])

export function checkMailto(url: string): string | null {
  if (!url.toLowerCase().startsWith('mailto:')) return 'bare mailto:-lenker kan åpnes'
  if (url.length > MAX_MAILTO_LENGTH) return `lenken er lengre enn ${MAX_MAILTO_LENGTH} tegn`
  // `#` and a second `?` are never produced by encodeURIComponent; mail programs split on them differently.
  if (/[\s<>"#]/.test(url)) return 'lenken inneholder tegn som ikke er kodet'
  const start = url.indexOf('?')
  if (start === -1) return null
  const query = url.slice(start + 1)
  if (query.includes('?')) return 'lenken inneholder tegn som ikke er kodet'
  for (const field of query.split('&')) {
    const raw = field.split('=')[0]!
    const name = headerName(raw)
    if (name === null) return 'lenken har et feltnavn med ugyldig prosentkoding'
    if (!MAILTO_FIELDS.has(name)) return `feltet «${raw.slice(0, 40)}» er ikke tillatt i e-postlenker`
  }
  return null
}

/** A field's name percent-decoded and in lower case (RFC 6068 names are case-insensitive); null if malformed. */
function headerName(raw: string): string | null {
  try {
    return decodeURIComponent(raw).toLowerCase()
  } catch {
    return null
  }
}

export function checkWebUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'ugyldig adresse'
  }
  if (parsed.protocol !== 'https:') return 'bare https:-adresser kan åpnes'
  if (parsed.username || parsed.password) return 'adressen kan ikke inneholde brukernavn eller passord'
  return null
}

export async function openExternal(
  request: OpenExternalRequest,
  services: HostServices,
  written: WrittenFiles,
): Promise<Result<{ opened: boolean }>> {
  switch (request.kind) {
    case 'mailto': {
      const problem = checkMailto(request.url)
      if (problem) return err('refused', problem)
      await services.shell.openExternal(request.url)
      return ok({ opened: true })
    }
    case 'web': {
      const problem = checkWebUrl(request.url)
      if (problem) return err('refused', problem)
      const host = new URL(request.url).host
      const confirmed = await services.dialogs.confirm(`Åpne ${host} i nettleseren?`, request.url)
      if (!confirmed) return err('cancelled')
      await services.shell.openExternal(request.url)
      return ok({ opened: true })
    }
    case 'written-file': {
      if (!written.has(request.path)) return err('refused', 'bare filer programmet selv har laget kan åpnes')
      const failure = await services.shell.openPath(request.path)
      if (failure) return err('io-failed', failure)
      return ok({ opened: true })
    }
  }
}
