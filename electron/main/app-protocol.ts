/**
 * Serves the built renderer from `app://nfk-sekretariat/`, one fixed origin for every release.
 * The path mapping is pure so tests can check that nothing outside the renderer folder is served;
 * every response carries the production Content-Security-Policy.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { APP_HOST } from '../shared/app-origin'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export type ResolvedRequest = { file: string; contentType: string } | null

export function resolveAppRequest(url: string, rendererRoot: string): ResolvedRequest {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    // A malformed escape such as `%E0%A4%A` is a request for nothing, not a crash in the handler.
    return null
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rendererRoot)
  const file = path.resolve(root, relative)
  // Only files below the folder: neither outside it nor the folder itself (`/%2f` resolves to it).
  if (!file.startsWith(root + path.sep)) return null
  const contentType = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { file, contentType }
}

const notFound = (): Response => new Response('Not found', { status: 404 })

/** The response for one `app://` request: the file with its type and the CSP header, or 404. */
export async function serveAppRequest(
  url: string,
  rendererRoot: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  const resolved = resolveAppRequest(url, rendererRoot)
  if (!resolved) return notFound()
  const { file, contentType } = resolved
  let body: Uint8Array
  try {
    body = await read(file)
  } catch {
    return notFound()
  }
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': contentType, 'content-security-policy': CONTENT_SECURITY_POLICY },
  })
}
