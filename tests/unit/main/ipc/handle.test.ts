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
    expect(isTrustedSender({ url: 'https://evil.example/', fromAppWindow: true }, [APP])).toBe(false)
    expect(isTrustedSender({ url: `${APP}/index.html`, fromAppWindow: false }, [APP])).toBe(false)
    expect(isTrustedSender({ url: 'app://nfk-sekretariat.evil/x', fromAppWindow: true }, [APP])).toBe(false)
    expect(isTrustedSender({ url: 'not a url', fromAppWindow: true }, [APP])).toBe(false)
  })
})

describe('createDispatch', () => {
  it('refuses a message from a foreign sender without running the handler', async () => {
    const clearFolder = vi.fn(async () => ok({ outputFolder: null, backupFolder: null }))
    const dispatch = createDispatch(handlersWith({ clearFolder }), [APP])
    const result = await dispatch('clearFolder', { url: 'https://evil.example/', fromAppWindow: true }, { kind: 'output' })
    expect(result).toEqual({ ok: false, error: 'forbidden-sender' })
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

  it('refuses an unknown channel', async () => {
    const dispatch = createDispatch(handlersWith({}), [APP])
    expect(await dispatch('runShell', fromApp, {})).toMatchObject({ ok: false, error: 'invalid-request' })
  })

  it('turns a thrown error into an internal-error result instead of a rejected promise', async () => {
    const dispatch = createDispatch(
      handlersWith({
        appInfo: async () => {
          throw new Error('disk on fire')
        },
      }),
      [APP],
    )
    await expect(dispatch('appInfo', fromApp, {})).resolves.toEqual({ ok: false, error: 'internal', detail: 'disk on fire' })
  })

  it('passes the parsed payload to the handler', async () => {
    const openExternal = vi.fn(async () => ok({ opened: true }))
    const dispatch = createDispatch(handlersWith({ openExternal }), [APP])
    await dispatch('openExternal', fromApp, { kind: 'mailto', url: 'mailto:nfk@kli.oslo.kommune.no' })
    expect(openExternal).toHaveBeenCalledWith({ kind: 'mailto', url: 'mailto:nfk@kli.oslo.kommune.no' })
  })
})
