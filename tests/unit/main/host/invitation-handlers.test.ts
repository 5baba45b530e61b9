/** Drafts and calendar files through the real dispatch, into real temporary folders. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ICAL from 'ical.js'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { createHostContext } from '../../../../electron/main/host/context'
import { createHandlers } from '../../../../electron/main/host/handlers'
import { DRAFTS_FOLDER_TITLE } from '../../../../electron/main/host/invitation-handlers'
import type { HostServices } from '../../../../electron/main/host/services'
import { createDispatch } from '../../../../electron/main/ipc/handle'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/shared/app-origin'
import type { ChannelName, ResponseOf, Result } from '../../../../electron/shared/ipc-contract'
import { sampleEvent } from '../calendar/calendar-fixtures'
import { sampleInvitations } from '../mail/mail-fixtures'
import { fakeServices } from './fake-services'

const fromApp = { url: APP_ENTRY_URL, fromAppWindow: true }
const NOW = new Date('2027-05-05T08:00:00Z')

function setup(options: { folder?: string | null; fileSystem?: AtomicFs; save?: string | null } = {}) {
  const folderTitles: string[] = []
  const saveRequests: unknown[] = []
  const { services, root } = fakeServices({
    chooseFolder: async (title) => {
      folderTitles.push(title)
      return options.folder === undefined ? path.join(root, 'Utkast') : options.folder
    },
    chooseSavePath: async (request) => {
      saveRequests.push(request)
      return options.save === undefined ? path.join(root, request.suggestedName) : options.save
    },
  })
  mkdirSync(path.join(root, 'Utkast'))
  const host: HostServices = { ...services, now: () => NOW, ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}) }
  const ctx = createHostContext(host)
  const dispatch = createDispatch(createHandlers(ctx), [APP_ORIGIN])
  // Payloads are `unknown` on purpose: the dispatch's schema is what is under test.
  const call = <C extends ChannelName>(name: C, payload: unknown) => dispatch(name, fromApp, payload) as Promise<Result<ResponseOf<C>>>
  return { call, root, ctx, folderTitles, saveRequests }
}

const files = (folder: string) => readdirSync(folder).sort()

describe('writeInvitationDrafts', () => {
  it('asks for a folder once and writes one parsable draft per recipient, returned per recipient', async () => {
    const { call, root, ctx, folderTitles } = setup()
    const result = await call('writeInvitationDrafts', sampleInvitations())
    const folder = path.join(root, 'Utkast')
    expect(result).toEqual({
      ok: true,
      data: {
        folder,
        drafts: [
          { recipientId: 'reg-1', name: 'Máret Ŋuorra (Čáhcegáttis AS).eml', path: path.join(folder, 'Máret Ŋuorra (Čáhcegáttis AS).eml') },
          { recipientId: 'reg-2', name: 'Małgorzata Wąsowska (Łódź Logistikk AS).eml', path: path.join(folder, 'Małgorzata Wąsowska (Łódź Logistikk AS).eml') },
        ],
      },
    })
    expect(folderTitles).toEqual([DRAFTS_FOLDER_TITLE])
    expect(files(folder)).toEqual(['Małgorzata Wąsowska (Łódź Logistikk AS).eml', 'Máret Ŋuorra (Čáhcegáttis AS).eml'])
    const text = readFileSync(path.join(folder, 'Máret Ŋuorra (Čáhcegáttis AS).eml'), 'utf8')
    expect(text.split('\r\n')[0]).toBe('X-Unsent: 1')
    const parsed = await PostalMime.parse(text)
    expect(parsed.subject).toBe('Invitasjon til nettverksmøte, Čáhcegáttis AS')
    expect(parsed.date).toBe(NOW.toISOString())
    // Opening a draft in Outlook goes through "Åpne", which only opens files the app wrote.
    expect(ctx.written.has(path.join(folder, 'Máret Ŋuorra (Čáhcegáttis AS).eml'))).toBe(true)
  })

  it('never overwrites: a second draft of the same name, or a file already there, gets a number', async () => {
    const { call, root } = setup()
    const folder = path.join(root, 'Utkast')
    writeFileSync(path.join(folder, 'Kari Nordmann (Grønn AS).eml'), 'gammel')
    const kari = { name: 'Kari Nordmann', title: '', organisation: 'Grønn AS', email: 'kari@gronn.no' }
    const result = await call('writeInvitationDrafts', sampleInvitations({ recipients: [{ id: 'a', ...kari }, { id: 'b', ...kari, email: 'kari2@gronn.no' }] }))
    expect(result.ok && result.data.drafts.map((d) => d.name)).toEqual(['Kari Nordmann (Grønn AS) (2).eml', 'Kari Nordmann (Grønn AS) (3).eml'])
    expect(readFileSync(path.join(folder, 'Kari Nordmann (Grønn AS).eml'), 'utf8')).toBe('gammel')
  })

  it('attaches the calendar file to each draft when asked', async () => {
    const { call } = setup()
    const result = await call('writeInvitationDrafts', sampleInvitations({ calendar: { event: sampleEvent(), kind: 'invitation' } }))
    if (!result.ok) throw new Error(result.error)
    const { drafts } = result.data
    const { attachments } = await PostalMime.parse(readFileSync(drafts[1]!.path, 'utf8'))
    const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(attachments[0]!.content as Uint8Array)))
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
  })

  it('returns "cancelled" and writes nothing when the folder dialog is cancelled', async () => {
    const { call, root } = setup({ folder: null })
    expect(await call('writeInvitationDrafts', sampleInvitations())).toEqual({ ok: false, error: 'cancelled' })
    expect(files(path.join(root, 'Utkast'))).toEqual([])
  })

  it('refuses a bad address before asking for a folder, naming the person', async () => {
    const { call, folderTitles } = setup()
    const request = sampleInvitations()
    request.recipients[0]!.email = 'maret@cahce_gattis.no'
    expect(await call('writeInvitationDrafts', request)).toEqual({
      ok: false,
      error: 'invalid-data',
      detail: 'Ugyldig e-postadresse for Máret Ŋuorra: «maret@cahce_gattis.no»',
    })
    expect(folderTitles).toEqual([])
  })

  it('writes all or nothing: when one draft fails, those written before it are removed', async () => {
    let opened = 0
    const secondFails: AtomicFs = {
      ...realFs,
      open: async (file, flags) => {
        opened += 1
        if (opened === 2) throw Object.assign(new Error(`ENOSPC: no space, open '${file}'`), { code: 'ENOSPC' })
        return realFs.open(file, flags)
      },
    }
    const { call, root } = setup({ fileSystem: secondFails })
    const result = await call('writeInvitationDrafts', sampleInvitations())
    expect(result).toEqual({ ok: false, error: 'io-failed', detail: 'Małgorzata Wąsowska (Łódź Logistikk AS).eml: disken er full' })
    expect(files(path.join(root, 'Utkast'))).toEqual([])
  })

  it.each([
    ['a name with a line break', (r: ReturnType<typeof sampleInvitations>) => void (r.recipients[0]!.name = 'Kari\r\nBcc: ond@x.no')],
    ['a subject with a line break', (r: ReturnType<typeof sampleInvitations>) => void (r.subject = 'Hei\nBcc: ond@x.no')],
    ['two recipients with one id', (r: ReturnType<typeof sampleInvitations>) => void (r.recipients[1]!.id = 'reg-1')],
    ['an address with a comma', (r: ReturnType<typeof sampleInvitations>) => void (r.recipients[0]!.email = 'a@b.no,c@d.no')],
    ['no recipients', (r: ReturnType<typeof sampleInvitations>) => void (r.recipients = [])],
    ['a folder from the page', (r: ReturnType<typeof sampleInvitations>) => void Object.assign(r, { folder: '/tmp' })],
    ['an overlong body', (r: ReturnType<typeof sampleInvitations>) => void (r.body = 'x'.repeat(20_001))],
  ])('refuses %s at the edge, before any dialog', async (_, change) => {
    const { call, folderTitles } = setup()
    const request = sampleInvitations()
    change(request)
    const result = await call('writeInvitationDrafts', request)
    expect(result.ok === false && result.error).toBe('invalid-request')
    expect(folderTitles).toEqual([])
  })

  it('refuses more than 1000 recipients', async () => {
    const { call } = setup()
    const recipients = Array.from({ length: 1001 }, (_, i) => ({ id: `r${i}`, name: `Gjest ${i}`, title: '', organisation: '', email: `g${i}@x.no` }))
    const result = await call('writeInvitationDrafts', sampleInvitations({ recipients }))
    expect(result.ok === false && result.error).toBe('invalid-request')
  })
})

describe('writeCalendarFile', () => {
  it('saves the event file through the save dialog under the title and date, with the UID and SEQUENCE', async () => {
    const { call, root, saveRequests, ctx } = setup()
    const result = await call('writeCalendarFile', { event: sampleEvent({ sequence: 2 }), kind: 'invitation' })
    const name = 'Signeringslunsj – Næring for klima 10.06.2027.ics'
    expect(result).toEqual({ ok: true, data: { path: path.join(root, name), name } })
    expect(saveRequests).toEqual([{ suggestedName: name, kind: 'ics', defaultFolder: root }])
    const event = new ICAL.Component(ICAL.parse(readFileSync(path.join(root, name), 'utf8'))).getFirstSubcomponent('vevent')!
    expect(event.getFirstPropertyValue('uid')).toBe('7f3c2a10-5b7e-4d1a-9c55-0a1b2c3d4e5f@nfk-sekretariat')
    expect(event.getFirstPropertyValue('sequence')).toBe(2)
    expect(ctx.written.has(path.join(root, name))).toBe(true)
  })

  it('writes a cancellation into the output folder without asking, beside the invitation', async () => {
    const { call, root, ctx, saveRequests } = setup()
    const out = path.join(root, 'Dokumenter')
    mkdirSync(out)
    await ctx.config.update({ outputFolder: out })
    await call('writeCalendarFile', { event: sampleEvent(), kind: 'invitation' })
    const result = await call('writeCalendarFile', { event: sampleEvent({ sequence: 1 }), kind: 'cancellation' })
    expect(result.ok && result.data.name).toBe('Avlyst Signeringslunsj – Næring for klima 10.06.2027.ics')
    expect(saveRequests).toEqual([])
    expect(files(out)).toEqual(['Avlyst Signeringslunsj – Næring for klima 10.06.2027.ics', 'Signeringslunsj – Næring for klima 10.06.2027.ics'])
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(out, files(out)[0]!), 'utf8')))
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
  })

  it('returns "cancelled" when the save dialog is cancelled', async () => {
    const { call, root } = setup({ save: null })
    expect(await call('writeCalendarFile', { event: sampleEvent(), kind: 'invitation' })).toEqual({ ok: false, error: 'cancelled' })
    expect(files(root).filter((f) => f.endsWith('.ics'))).toEqual([])
  })

  it.each([
    ['a cancellation with SEQUENCE 0', { event: sampleEvent({ sequence: 0 }), kind: 'cancellation' }, 'event.sequence'],
    ['an end before the start', { event: sampleEvent({ startTime: '13:00', endTime: '11:30' }), kind: 'invitation' }, 'event.endTime'],
    ['a date that does not exist', { event: sampleEvent({ date: '2027-02-30' }), kind: 'invitation' }, 'event.date'],
    ['a time that is not TT:MM', { event: sampleEvent({ startTime: '9:00' }), kind: 'invitation' }, 'event.startTime'],
    ['an event id that could break the UID', { event: sampleEvent({ eventId: 'a\r\nb' }), kind: 'invitation' }, 'event.eventId'],
    ['a negative SEQUENCE', { event: sampleEvent({ sequence: -1 }), kind: 'invitation' }, 'event.sequence'],
    ['a title with a line break', { event: sampleEvent({ title: 'Møte\r\nMETHOD:CANCEL' }), kind: 'invitation' }, 'event.title'],
  ])('refuses %s with the field named', async (_, payload, field) => {
    const { call, saveRequests } = setup()
    const result = await call('writeCalendarFile', payload)
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.error).toBe('invalid-request')
    expect(result.ok === false && result.detail?.startsWith(`${field}:`)).toBe(true)
    expect(saveRequests).toEqual([])
  })

  it('refuses an organiser address that cannot be written, in Norwegian', async () => {
    const { call } = setup()
    const result = await call('writeCalendarFile', { event: sampleEvent({ organizer: { name: 'NFK', email: 'nfk@kli.no.' } }), kind: 'invitation' })
    expect(result).toEqual({ ok: false, error: 'invalid-data', detail: 'ugyldig e-postadresse: «nfk@kli.no.»' })
  })
})
