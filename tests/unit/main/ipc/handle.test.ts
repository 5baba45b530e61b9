import { describe, expect, it, vi } from 'vitest'
import { createDispatch, isTrustedSender, type HandlerMap } from '../../../../electron/main/ipc/handle'
import { ok } from '../../../../electron/shared/result'

const APP = 'app://nfk-sekretariat'
const fromApp = { url: `${APP}/index.html#/virksomheter`, fromAppWindow: true }

function handlersWith(overrides: Partial<HandlerMap>): HandlerMap {
  return new Proxy(overrides as HandlerMap, {
    get: (target, key: string) => target[key as keyof HandlerMap] ?? (async () => ok(null)),
  })
}

describe('isTrustedSender', () => {
  it('trusts only the app origin from an app window', () => {
    expect(isTrustedSender(fromApp, [APP])).toBe(true)
    expect(isTrustedSender({ url: 'https://nfk.example/side', fromAppWindow: true }, [APP, 'https://nfk.example'])).toBe(true)
    expect(isTrustedSender({ url: 'https://nfk.example:8443/side', fromAppWindow: true }, [APP, 'https://nfk.example'])).toBe(false)
    expect(isTrustedSender({ url: '', fromAppWindow: true }, [APP])).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', fromAppWindow: true }, [APP])).toBe(false)
    expect(isTrustedSender({ url: `${APP}/index.html`, fromAppWindow: false }, [APP])).toBe(false)
    expect(isTrustedSender({ url: 'app://nfk-sekretariat.evil/x', fromAppWindow: true }, [APP])).toBe(false)
    expect(isTrustedSender({ url: 'not a url', fromAppWindow: true }, [APP])).toBe(false)
  })
})

describe('createDispatch', () => {
  it('refuses a message from a foreign sender without running the handler, and logs who tried', async () => {
    const clearFolder = vi.fn(async () => ok({ outputFolder: null, backupFolder: null }))
    const log = vi.fn()
    const dispatch = createDispatch(handlersWith({ clearFolder }), [APP], log)
    const result = await dispatch('clearFolder', { url: 'https://evil.example/', fromAppWindow: true }, { kind: 'output' })
    expect(result).toEqual({ ok: false, error: 'forbidden-sender' })
    expect(clearFolder).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith('refused clearFolder from https://evil.example/')
  })

  it('refuses a message from a frame inside the app window, even on the app origin', async () => {
    const clearFolder = vi.fn(async () => ok({ outputFolder: null, backupFolder: null }))
    const dispatch = createDispatch(handlersWith({ clearFolder }), [APP])
    expect(await dispatch('clearFolder', { url: `${APP}/index.html`, fromAppWindow: false }, { kind: 'output' })).toEqual({ ok: false, error: 'forbidden-sender' })
    expect(clearFolder).not.toHaveBeenCalled()
  })

  it('refuses a malformed payload with a field-level detail and no side effect', async () => {
    const clearFolder = vi.fn(async () => ok({ outputFolder: null, backupFolder: null }))
    const dispatch = createDispatch(handlersWith({ clearFolder }), [APP])
    const result = await dispatch('clearFolder', fromApp, { kind: 'everything', extra: 1 })
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.error).toBe('invalid-request')
    expect(clearFolder).not.toHaveBeenCalled()
  })

  it('names the field a malformed payload got wrong, nested fields by their path', async () => {
    const openFile = vi.fn(async () => ok({ name: 'x.pdf', bytes: new Uint8Array(), size: 0 }))
    const dispatch = createDispatch(handlersWith({ openFile }), [APP])
    const result = await dispatch('openFile', fromApp, { kinds: ['pdf', 'exe'] })
    expect(result.ok === false && result.detail).toMatch(/^kinds\.1: \S/)
    expect(await dispatch('clearFolder', fromApp, {})).toMatchObject({ ok: false, error: 'invalid-request', detail: expect.stringMatching(/^kind: \S/) })
    expect(openFile).not.toHaveBeenCalled()
  })

  it('refuses an unknown channel, and one inherited from Object, by name', async () => {
    const dispatch = createDispatch(handlersWith({}), [APP])
    expect(await dispatch('runShell', fromApp, {})).toEqual({ ok: false, error: 'invalid-request', detail: 'ukjent kanal: runShell' })
    expect(await dispatch('toString', fromApp, {})).toEqual({ ok: false, error: 'invalid-request', detail: 'ukjent kanal: toString' })
  })

  it('turns a thrown error into an internal-error result instead of a rejected promise, and logs it', async () => {
    const failure = new Error('disk on fire')
    const log = vi.fn()
    const dispatch = createDispatch(
      handlersWith({
        appInfo: async () => {
          throw failure
        },
        getMainConfig: async () => {
          throw 'not an Error'
        },
      }),
      [APP],
      log,
    )
    await expect(dispatch('appInfo', fromApp, {})).resolves.toEqual({ ok: false, error: 'internal', detail: 'disk on fire' })
    expect(log).toHaveBeenCalledWith('handler appInfo failed', failure)
    await expect(dispatch('getMainConfig', fromApp, {})).resolves.toEqual({ ok: false, error: 'internal', detail: 'not an Error' })
  })

  it('passes the parsed payload to the handler', async () => {
    const openExternal = vi.fn(async () => ok({ opened: true }))
    const dispatch = createDispatch(handlersWith({ openExternal }), [APP])
    await dispatch('openExternal', fromApp, { kind: 'mailto', url: 'mailto:nfk@kli.oslo.kommune.no' })
    expect(openExternal).toHaveBeenCalledWith({ kind: 'mailto', url: 'mailto:nfk@kli.oslo.kommune.no' })
  })
})
