import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp'

vi.mock('electron', async () => {
  const { electronMock } = await import('../../mocks/electron')
  return { ...electronMock, default: electronMock }
})

const { electronMock, BrowserWindow } = await import('../../mocks/electron')
const { bootstrap } = await import('../../../electron/main/bootstrap')

describe('the Electron main process wiring', () => {
  const renderer = mkdtempSync(path.join(tmpdir(), 'nfk-boot-renderer-'))
  beforeAll(async () => {
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>NFK</title>')
    bootstrap({ preload: '/app/out/preload/index.cjs', renderer })
    await electronMock.app.makeReady()
  })
  afterAll(() => rmSync(renderer, { recursive: true, force: true }))

  it('opens one window, sandboxed and context-isolated, on the fixed app origin', () => {
    expect(BrowserWindow.created).toHaveLength(1)
    const win = BrowserWindow.created[0]!
    // The whole object: a new or changed preference must be a deliberate edit of this test too.
    expect(win.options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    })
    expect(win.loadedUrl).toBe('app://nfk-sekretariat/index.html')
    expect(electronMock.recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves app:// pages with the production Content-Security-Policy, and 404 for a malformed address', async () => {
    const serve = electronMock.recorded.protocolHandlers.get('app')!
    const page = (await serve({ url: 'app://nfk-sekretariat/index.html' })) as Response
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<!doctype html><title>NFK</title>')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const malformed = (await serve({ url: 'app://nfk-sekretariat/%E0%A4%A' })) as Response
    expect(malformed.status).toBe(404)
    const outside = (await serve({ url: 'app://nfk-sekretariat/..%2fpasswd' })) as Response
    expect(outside.status).toBe(404)
  })

  it('grants only the listed permissions, and only to the app origin', () => {
    const request = electronMock.recorded.permissionHandlers.request!
    const check = electronMock.recorded.permissionHandlers.check!
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | null = null
      request({ getURL: () => requestingUrl }, permission, (g: boolean) => (granted = g), { requestingUrl })
      return granted
    }
    expect(ask('clipboard-sanitized-write', 'app://nfk-sekretariat/index.html')).toBe(true)
    expect(ask('persistent-storage', 'app://nfk-sekretariat/index.html')).toBe(true)
    expect(ask('geolocation', 'app://nfk-sekretariat/index.html')).toBe(false)
    expect(ask('media', 'app://nfk-sekretariat/index.html')).toBe(false)
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(check(null, 'fullscreen', 'app://nfk-sekretariat')).toBe(true)
    expect(check(null, 'notifications', 'app://nfk-sekretariat')).toBe(false)
  })

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = BrowserWindow.created[0]!.webContents
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true } }
      contents.emit('will-navigate', event, url)
      return event.prevented
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://nfk-sekretariat/index.html#/data')).toBe(false)
    const redirect = (url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true } }
      contents.emit('will-redirect', event, url)
      return event.prevented
    }
    expect(redirect('https://evil.example/login')).toBe(true)
    expect(redirect('app://nfk-sekretariat.evil/index.html')).toBe(true)
    expect(redirect('app://nfk-sekretariat/index.html')).toBe(false)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const webview = { prevented: false, preventDefault() { this.prevented = true } }
    contents.emit('will-attach-webview', webview)
    expect(webview.prevented).toBe(true)
  })

  it('refuses an IPC message from a foreign sender, and a malformed one with no side effect', async () => {
    const win = BrowserWindow.created[0]!
    const handler = electronMock.recorded.ipcHandlers.get('nfk:chooseFolder')!
    const configFile = path.join(electronMock.app.getPath('userData'), 'main-config.json')

    const foreignFrame = { url: 'https://evil.example/' }
    const foreign = await handler({ sender: win.webContents, senderFrame: foreignFrame }, { kind: 'output' })
    expect(foreign).toEqual({ ok: false, error: 'forbidden-sender' })

    // An iframe inside the app's own window, even on the app's own origin, is not the app.
    const subFrame = { url: 'app://nfk-sekretariat/index.html' }
    const fromSubFrame = await handler({ sender: win.webContents, senderFrame: subFrame }, { kind: 'output' })
    expect(fromSubFrame).toEqual({ ok: false, error: 'forbidden-sender' })

    const otherContents = { mainFrame: { url: 'app://nfk-sekretariat/index.html' } }
    const otherWindow = await handler({ sender: otherContents, senderFrame: otherContents.mainFrame }, { kind: 'output' })
    expect(otherWindow).toEqual({ ok: false, error: 'forbidden-sender' })

    const clear = electronMock.recorded.ipcHandlers.get('nfk:clearFolder')!
    const malformed = await clear({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { kind: '../../etc' })
    expect(malformed).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(existsSync(configFile)).toBe(false)

    const info = await electronMock.recorded.ipcHandlers.get('nfk:appInfo')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, {})
    expect(info).toEqual({ ok: true, data: { version: '0.1.0', platform: process.platform, isTestHost: false } })
  })

  it('serves one handler for every channel of the contract', async () => {
    const { channelNames, ipcChannel } = await import('../../../electron/shared/ipc-contract')
    expect([...electronMock.recorded.ipcHandlers.keys()].sort()).toEqual(channelNames.map(ipcChannel).sort())
  })

  it('quits at once when another instance is already running', async () => {
    vi.resetModules()
    const before = BrowserWindow.created.length
    electronMock.app.singleInstance = false
    const quits = electronMock.app.quitCalls
    const fresh = await import('../../../electron/main/bootstrap')
    fresh.bootstrap({ preload: 'x', renderer: 'y' })
    expect(electronMock.app.quitCalls).toBe(quits + 1)
    expect(BrowserWindow.created.length).toBe(before)
    electronMock.app.singleInstance = true
  })
})
