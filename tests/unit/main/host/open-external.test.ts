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
    expect(await openExternal({ kind: 'web', url: 'https://www.oslo.kommune.no/' }, accepted.services, new WrittenFiles())).toEqual({ ok: true, data: { opened: true } })
    expect(accepted.calls.openExternal).toEqual(['https://www.oslo.kommune.no/'])
  })

  it('refuses http, javascript and file addresses as web sites without asking', async () => {
    const { services, calls } = fakeServices({ confirm: async () => true })
    const refused = async (url: string) => openExternal({ kind: 'web', url }, services, new WrittenFiles())
    for (const url of ['http://example.com', 'javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe']) {
      expect(await refused(url)).toEqual({ ok: false, error: 'refused', detail: 'bare https:-adresser kan åpnes' })
    }
    for (const url of ['https://user:pw@example.com', 'https://user@example.com', 'https://:pw@example.com']) {
      expect(await refused(url)).toEqual({ ok: false, error: 'refused', detail: 'adressen kan ikke inneholde brukernavn eller passord' })
    }
    expect(await refused('ikke en adresse')).toEqual({ ok: false, error: 'refused', detail: 'ugyldig adresse' })
    expect(calls.openExternal).toEqual([])
    expect(calls.confirm).toEqual([])
  })

  it('opens only files the app itself wrote', async () => {
    const { services, calls, root } = fakeServices()
    const written = new WrittenFiles()
    written.add(`${root}/kontrakt.pdf`)
    expect(await openExternal({ kind: 'written-file', path: `${root}/kontrakt.pdf` }, services, written)).toEqual({ ok: true, data: { opened: true } })
    expect(await openExternal({ kind: 'written-file', path: `${root}/../../bin/sh` }, services, written)).toEqual({
      ok: false,
      error: 'refused',
      detail: 'bare filer programmet selv har laget kan åpnes',
    })
    expect(calls.openPath).toEqual([`${root}/kontrakt.pdf`])
  })

  it('passes on the operating system’s answer when a written file cannot be opened', async () => {
    const { services, root } = fakeServices()
    services.shell.openPath = async () => 'Ingen program er knyttet til filtypen'
    const written = new WrittenFiles()
    written.add(`${root}/liste.pdf`)
    expect(await openExternal({ kind: 'written-file', path: `${root}/liste.pdf` }, services, written)).toEqual({
      ok: false,
      error: 'io-failed',
      detail: 'Ingen program er knyttet til filtypen',
    })
  })
})
