import { describe, expect, it } from 'vitest'
import { openExternal } from '../../../../electron/main/host/open-external'
import { WrittenFiles } from '../../../../electron/main/host/written-files'
import { fakeServices } from './fake-services'

describe('the open-external guard', () => {
  it('opens a mailto link and refuses other schemes given as mail', async () => {
    const { services, calls } = fakeServices()
    const written = new WrittenFiles()
    expect(await openExternal({ kind: 'mailto', url: 'mailto:?bcc=a%40b.no' }, services, written)).toEqual({ ok: true, data: { opened: true } })
    expect(await openExternal({ kind: 'mailto', url: 'file:///etc/passwd' }, services, written)).toMatchObject({ ok: false, error: 'refused' })
    expect(await openExternal({ kind: 'mailto', url: `mailto:?bcc=${'a'.repeat(2_100)}` }, services, written)).toMatchObject({ ok: false, error: 'refused' })
    expect(await openExternal({ kind: 'mailto', url: 'mailto:a@b.no?attach=C:%5Cnfk.json' }, services, written)).toEqual({
      ok: false,
      error: 'refused',
      detail: 'feltet «attach» er ikke tillatt i e-postlenker',
    })
    expect(calls.openExternal).toEqual(['mailto:?bcc=a%40b.no'])
  })

  it('opens an https site only after the user confirms', async () => {
    const declined = fakeServices()
    expect(await openExternal({ kind: 'web', url: 'https://www.oslo.kommune.no/' }, declined.services, new WrittenFiles())).toEqual({ ok: false, error: 'cancelled' })
    expect(declined.calls.confirm).toEqual(['Åpne www.oslo.kommune.no i nettleseren?'])
    expect(declined.calls.openExternal).toEqual([])

    const accepted = fakeServices({ confirm: async () => true })
    expect(await openExternal({ kind: 'web', url: 'https://www.oslo.kommune.no/' }, accepted.services, new WrittenFiles())).toMatchObject({ ok: true })
    expect(accepted.calls.openExternal).toEqual(['https://www.oslo.kommune.no/'])
  })

  it('refuses http, javascript and file addresses as web sites without asking', async () => {
    const { services, calls } = fakeServices({ confirm: async () => true })
    for (const url of ['http://example.com', 'javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'https://user:pw@example.com']) {
      expect(await openExternal({ kind: 'web', url }, services, new WrittenFiles())).toMatchObject({ ok: false, error: 'refused' })
    }
    expect(calls.openExternal).toEqual([])
  })

  it('opens only files the app itself wrote', async () => {
    const { services, calls, root } = fakeServices()
    const written = new WrittenFiles()
    written.add(`${root}/kontrakt.pdf`)
    expect(await openExternal({ kind: 'written-file', path: `${root}/kontrakt.pdf` }, services, written)).toMatchObject({ ok: true })
    expect(await openExternal({ kind: 'written-file', path: `${root}/../../bin/sh` }, services, written)).toMatchObject({ ok: false, error: 'refused' })
    expect(calls.openPath).toEqual([`${root}/kontrakt.pdf`])
  })
})
