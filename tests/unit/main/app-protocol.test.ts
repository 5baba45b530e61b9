import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from '../../../electron/main/app-protocol'

const root = path.resolve('/opt/nfk/out/renderer')

describe('resolveAppRequest', () => {
  it('serves index.html for the origin root and files below the renderer folder', () => {
    expect(resolveAppRequest('app://nfk-sekretariat/', root)).toEqual({ file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' })
    expect(resolveAppRequest('app://nfk-sekretariat/assets/index-abc.js', root)?.file).toBe(path.join(root, 'assets/index-abc.js'))
  })

  it('never serves a file outside the renderer folder or for another host', () => {
    expect(resolveAppRequest('app://nfk-sekretariat/..%2f..%2fmain%2findex.js', root)).toBeNull()
    // The URL parser folds dot segments first, so this one stays inside the folder.
    expect(resolveAppRequest('app://nfk-sekretariat/%2e%2e/%2e%2e/etc/passwd', root)?.file).toBe(path.join(root, 'etc/passwd'))
    expect(resolveAppRequest('app://other-host/index.html', root)).toBeNull()
  })
})
