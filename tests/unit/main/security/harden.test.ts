import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { ALLOWED_PERMISSIONS, hardenContents, hardenSession, isPermissionAllowed, originOf } from '../../../../electron/main/security'

const APP = 'app://nfk-sekretariat'

describe('originOf', () => {
  it('is the scheme and host of a URL, custom schemes included, and null for anything else', () => {
    expect(originOf(`${APP}/index.html#/data`)).toBe(APP)
    expect(originOf('https://evil.example:8443/x?y')).toBe('https://evil.example:8443')
    expect(originOf('https://evil.example:443/x')).toBe('https://evil.example')
    for (const url of ['', null, undefined, 'not a url', 'https://']) expect(originOf(url), String(url)).toBeNull()
  })
})

describe('isPermissionAllowed', () => {
  it('grants exactly the permissions the app uses, and only to its own origin', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'clipboard-write', 'fullscreen', 'persistent-storage'])
    for (const permission of ALLOWED_PERMISSIONS) {
      expect(isPermissionAllowed(permission, `${APP}/index.html`), permission).toBe(true)
      expect(isPermissionAllowed(permission, 'https://evil.example/'), permission).toBe(false)
      expect(isPermissionAllowed(permission, null), permission).toBe(false)
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', '']) expect(isPermissionAllowed(permission, APP)).toBe(false)
  })
})

type RequestHandler = (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {}
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
  }
  hardenSession(session as unknown as Session)
  const ask = (permission: string, details: { requestingUrl?: string }, pageUrl: string) => {
    let granted: boolean | null = null
    handlers.request!({ getURL: () => pageUrl }, permission, (g) => (granted = g), details)
    return granted
  }
  return { ask, check: handlers.check! }
}

describe('hardenSession', () => {
  it('judges a permission request by the requesting URL, or by the page when the request names none', () => {
    const { ask } = fakeSession()
    expect(ask('fullscreen', { requestingUrl: `${APP}/index.html` }, 'https://evil.example/')).toBe(true)
    expect(ask('fullscreen', { requestingUrl: 'https://evil.example/' }, `${APP}/index.html`)).toBe(false)
    expect(ask('fullscreen', {}, `${APP}/index.html`)).toBe(true)
    expect(ask('fullscreen', {}, 'https://evil.example/')).toBe(false)
    expect(ask('media', { requestingUrl: `${APP}/index.html` }, `${APP}/index.html`)).toBe(false)
  })

  it('answers permission checks the same way', () => {
    const { check } = fakeSession()
    expect(check(null, 'clipboard-sanitized-write', APP)).toBe(true)
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false)
    expect(check(null, 'notifications', APP)).toBe(false)
  })
})

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
}

const prevented = (contents: EventEmitter, name: string, url?: string) => {
  const event = { prevented: false, preventDefault() { this.prevented = true } }
  contents.emit(name, event, url)
  return event.prevented
}

describe('hardenContents', () => {
  it('keeps navigation and redirects on the app origin, and denies new windows and webviews', () => {
    const contents = new FakeContents()
    hardenContents(contents as unknown as WebContents)
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(prevented(contents, name, `${APP}/index.html#/data`), name).toBe(false)
      expect(prevented(contents, name, 'https://evil.example/'), name).toBe(true)
      expect(prevented(contents, name, 'app://nfk-sekretariat.evil/'), name).toBe(true)
      expect(prevented(contents, name, 'file:///etc/passwd'), name).toBe(true)
    }
    expect(contents.openHandler?.({ url: `${APP}/index.html` })).toEqual({ action: 'deny' })
    expect(prevented(contents, 'will-attach-webview')).toBe(true)
  })
})
