import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// `npm start` is `electron-vite build && electron-vite preview`; Electron cannot start here, so the
// build half is checked: the shapes Electron needs to load a sandboxed, hardened app.
test.describe('the Electron build', () => {
  test('emits a CommonJS preload that requires nothing but electron', () => {
    const preload = readFileSync('out/preload/index.cjs', 'utf8')
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/^\s*import\s/m)
    expect(preload).toContain('exposeInMainWorld')
  })

  test('points the main process at that preload and at the fixed app origin', () => {
    const main = readFileSync('out/main/index.js', 'utf8')
    expect(main).toContain('preload/index.cjs')
    expect(main).toContain('nfk-sekretariat')
    expect(main).toMatch(/sandbox:\s*(true|!0)/)
  })

  test('ships the page with the same Content-Security-Policy main sends as a header', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/shared/csp')
    const html = readFileSync('out/renderer/index.html', 'utf8')
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
  })
})
