import { describe, expect, it } from 'vitest'
import { DEFAULT_MIRROR, electronMirror, failureLine, FETCH_FAILURE_TAG, nodeVersionWarning } from '../../../scripts/electron-download-report.mjs'

const stack = (first: string) => `${first}\n    at FetchDownloader.download (file:///x/FetchDownloader.js:48:23)\n    at async downloadArtifact (file:///x/index.js:154:12)\n`
const fetchFailed = (code: string) => `${FETCH_FAILURE_TAG}${code}\n${stack('TypeError: fetch failed')}`
const line = (stderr: string, env: Record<string, string> = {}) => failureLine({ version: '45.5.0', env, stderr })

describe('the Node version warning', () => {
  it('warns on a Node older than 22.12, the version Electron’s downloader declares', () => {
    for (const v of ['20.19.0', 'v20.20.2', '22.11.0', '21.7.3']) {
      expect(nodeVersionWarning(v)).toMatch(new RegExp(`^Warning: Node ${v.replace('v', '').replaceAll('.', '\\.')} is older than 22\\.12.*going on`))
    }
  })

  it('stays quiet from 22.12 on', () => {
    for (const v of ['22.12.0', 'v22.13.1', '23.0.0', '24.11.0']) expect(nodeVersionWarning(v)).toBeNull()
  })
})

describe('the mirror named in messages', () => {
  it('is the one @electron/get uses: npm config before ELECTRON_MIRROR, GitHub without either', () => {
    expect(electronMirror({})).toBe(DEFAULT_MIRROR)
    expect(electronMirror({ ELECTRON_MIRROR: 'https://m.example/' })).toBe('https://m.example/')
    expect(electronMirror({ ELECTRON_MIRROR: 'https://m.example/', npm_config_electron_mirror: 'https://npmrc.example/' })).toBe('https://npmrc.example/')
  })
})

describe('the one-line failure', () => {
  it('tells a missing network from a refusing mirror, a silent network and a broken connection', () => {
    expect(line(fetchFailed('ENOTFOUND'))).toContain('download failed: could not look up github.com: no network')
    expect(line(fetchFailed('EAI_AGAIN'))).toContain('could not look up github.com')
    expect(line(fetchFailed('ECONNREFUSED'), { ELECTRON_MIRROR: 'http://10.0.0.5:8080/e/' })).toContain('10.0.0.5:8080 refused the connection')
    expect(line(fetchFailed('UND_ERR_CONNECT_TIMEOUT'))).toContain('no answer from github.com: no network, or a proxy or firewall in the way')
    expect(line(fetchFailed('ECONNRESET'))).toContain('the connection to github.com broke off')
  })

  it('points at NODE_EXTRA_CA_CERTS when a proxy’s certificate is not trusted', () => {
    expect(line(fetchFailed('SELF_SIGNED_CERT_IN_CHAIN'))).toContain("github.com's certificate is not trusted, as when a proxy inspects HTTPS; point NODE_EXTRA_CA_CERTS")
    expect(line(fetchFailed('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'))).toContain('NODE_EXTRA_CA_CERTS')
  })

  it('names what a mirror or proxy answered', () => {
    const url = 'https://m.example/v45.5.0/electron-v45.5.0-linux-x64.zip'
    expect(line(stack(`HTTPError: Response code 404 (Not Found) for ${url}`), { ELECTRON_MIRROR: 'https://m.example/' })).toContain(
      'm.example has no electron-v45.5.0-linux-x64.zip (404 Not Found)',
    )
    expect(line(stack(`HTTPError: Response code 407 (Proxy Authentication Required) for ${url}`))).toContain('the proxy asks for a login')
    expect(line(stack(`HTTPError: Response code 503 (Service Unavailable) for ${url}`))).toContain('github.com answered 503 Service Unavailable')
  })

  it('says so when the file does not match its checksum', () => {
    expect(line(stack('Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.'))).toContain(
      'did not match its SHA-256 checksum',
    )
  })

  it('gives any other error’s message without its stack', () => {
    const text = line(stack("Error: failed to write '/p/node_modules/electron/dist/x': No space left on device"))
    expect(text).toContain("download failed: failed to write '/p/node_modules/electron/dist/x': No space left on device.")
    expect(text).not.toContain(' at ')
  })

  it('tells how to retry, with the command that was run and the proxy switch the downloader needs', () => {
    expect(line(fetchFailed('ENOTFOUND'))).toMatch(/Run npm start again when online; behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1; or set ELECTRON_MIRROR/)
    expect(line(fetchFailed('ENOTFOUND'), { npm_lifecycle_event: 'predev' })).toContain('Run npm run dev again')
    expect(line(fetchFailed('ETIMEDOUT'), { HTTPS_PROXY: 'http://proxy:3128' })).toContain(
      'HTTPS_PROXY is set, but the download uses it only with ELECTRON_GET_USE_PROXY=1',
    )
    expect(line(fetchFailed('ECONNREFUSED'), { ELECTRON_MIRROR: 'https://m.example/' })).toContain('or check ELECTRON_MIRROR (https://m.example/)')
  })

  it('reports a stalled download and an interrupted one', () => {
    expect(failureLine({ version: '45.5.0', env: {}, stalledSeconds: 60 })).toContain('download failed: no data from github.com for 60 s')
    expect(failureLine({ version: '45.5.0', env: {}, interrupted: true })).toBe(
      'Electron 45.5.0 download interrupted; nothing was kept. Run npm start again to download it.',
    )
  })

  it('is always a single line', () => {
    for (const stderr of [fetchFailed('ENOTFOUND'), stack('Error: x'), '', 'plain\nmore']) expect(line(stderr)).not.toContain('\n')
  })
})
