import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveAppRequest, serveAppRequest } from '../../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp'

const root = path.resolve('/opt/nfk/out/renderer')
const typeOf = (name: string) => resolveAppRequest(`app://nfk-sekretariat/${name}`, root)?.contentType
const readName = async (file: string) => new TextEncoder().encode(`read ${path.basename(file)}`)
const failing = async (): Promise<Uint8Array> => {
  throw new Error('EACCES')
}

describe('resolveAppRequest', () => {
  it('serves index.html for the origin root and files below the renderer folder', () => {
    expect(resolveAppRequest('app://nfk-sekretariat/', root)).toEqual({ file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' })
    expect(resolveAppRequest('app://nfk-sekretariat', root)?.file).toBe(path.join(root, 'index.html'))
    expect(resolveAppRequest('app://nfk-sekretariat/assets/index-abc.js', root)?.file).toBe(path.join(root, 'assets/index-abc.js'))
    expect(resolveAppRequest('app://nfk-sekretariat//assets/a.css', root)?.file).toBe(path.join(root, 'assets/a.css'))
    expect(resolveAppRequest('app://nfk-sekretariat/Bølgen%20logo.png', root)?.file).toBe(path.join(root, 'Bølgen logo.png'))
  })

  it('names the content type by extension, in any letter case, and octet-stream for the unknown', () => {
    expect(typeOf('index.html')).toBe('text/html; charset=utf-8')
    expect(typeOf('a.js')).toBe('text/javascript; charset=utf-8')
    expect(typeOf('a.mjs')).toBe('text/javascript; charset=utf-8')
    expect(typeOf('a.CSS')).toBe('text/css; charset=utf-8')
    expect(typeOf('a.json')).toBe('application/json')
    expect(typeOf('a.svg')).toBe('image/svg+xml')
    expect(typeOf('a.png')).toBe('image/png')
    expect(typeOf('a.jpg')).toBe('image/jpeg')
    expect(typeOf('favicon.ico')).toBe('image/x-icon')
    expect(typeOf('f.woff2')).toBe('font/woff2')
    expect(typeOf('DejaVuSans.ttf')).toBe('font/ttf')
    expect(typeOf('pdf-worker.wasm')).toBe('application/octet-stream')
  })

  it('never serves a file outside the renderer folder or for another host', () => {
    expect(resolveAppRequest('app://nfk-sekretariat/..%2f..%2fmain%2findex.js', root)).toBeNull()
    expect(resolveAppRequest('app://nfk-sekretariat/..%2frenderer-old%2fsecret.js', root)).toBeNull()
    // The URL parser folds dot segments first, so this one stays inside the folder.
    expect(resolveAppRequest('app://nfk-sekretariat/%2e%2e/%2e%2e/etc/passwd', root)?.file).toBe(path.join(root, 'etc/passwd'))
    expect(resolveAppRequest('app://other-host/index.html', root)).toBeNull()
    expect(resolveAppRequest('not a url', root)).toBeNull()
    // `%2f` decodes to a slash: the folder itself is no file to serve.
    expect(resolveAppRequest('app://nfk-sekretariat/%2f', root)).toBeNull()
  })

  it('treats a malformed percent-escape as a request for nothing instead of throwing', () => {
    expect(() => resolveAppRequest('app://nfk-sekretariat/%E0%A4%A', root)).not.toThrow()
    expect(resolveAppRequest('app://nfk-sekretariat/%E0%A4%A', root)).toBeNull()
    expect(resolveAppRequest('app://nfk-sekretariat/assets/%ZZ.js', root)).toBeNull()
  })
})

describe('serveAppRequest', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nfk-app-protocol-'))
  mkdirSync(path.join(dir, 'assets'))
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>NFK</title>')
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('answers with the file, its type and the production Content-Security-Policy', async () => {
    const page = await serveAppRequest('app://nfk-sekretariat/index.html', dir)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<!doctype html><title>NFK</title>')
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    const script = await serveAppRequest('app://nfk-sekretariat/assets/app.js', dir)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file, a path outside the folder, another host and a malformed escape', async () => {
    for (const url of [
      'app://nfk-sekretariat/assets/missing.js',
      'app://nfk-sekretariat/..%2f..%2fetc%2fpasswd',
      'app://other-host/index.html',
      'app://nfk-sekretariat/%E0%A4%A',
    ]) {
      const response = await serveAppRequest(url, dir)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).toBe('Not found')
    }
  })

  it('reads through the injected reader and answers 404 when it fails', async () => {
    expect(await (await serveAppRequest('app://nfk-sekretariat/x.js', '/nowhere', readName)).text()).toBe('read x.js')
    expect((await serveAppRequest('app://nfk-sekretariat/x.js', '/nowhere', failing)).status).toBe(404)
  })
})
