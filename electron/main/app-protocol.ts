/**
 * Serves the built renderer from `app://nfk-sekretariat/`, one fixed origin for every release.
 * The path mapping is pure so tests can check that nothing outside the renderer folder is served.
 */
import path from 'node:path'
import { APP_HOST } from '../shared/app-origin'

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
  const pathname = decodeURIComponent(parsed.pathname)
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rendererRoot)
  const file = path.resolve(root, relative)
  if (file !== root && !file.startsWith(root + path.sep)) return null
  const contentType = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { file, contentType }
}
