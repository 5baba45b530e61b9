import PostalMime from 'postal-mime'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { composeInvitationDrafts, draftFileName } from '../../../../electron/main/mail/invitation-drafts'
import { fillInvitation, firstName } from '../../../../electron/shared/invitation-template'
import { sampleEvent } from '../calendar/calendar-fixtures'
import { sampleInvitations } from './mail-fixtures'

const NOW = new Date('2027-05-05T08:00:00Z')

describe('invitation fields', () => {
  it('fills name, first name, title and organisation, and leaves other braces alone', () => {
    const person = { name: ' Anne-Lise  Berg ', title: 'Daglig leder', organisation: 'Grønn AS ' }
    expect(fillInvitation('{fornavn}|{navn}|{tittel}|{virksomhet}|{ukjent}|{navn}', person)).toBe('Anne-Lise|Anne-Lise  Berg|Daglig leder|Grønn AS|{ukjent}|Anne-Lise  Berg')
    expect(firstName('')).toBe('')
  })
})

describe('a batch of invitation drafts', () => {
  it('makes one draft per recipient, filled with their name and organisation', async () => {
    const drafts = composeInvitationDrafts(sampleInvitations(), NOW)
    expect(drafts.map((d) => [d.recipientId, d.fileName])).toEqual([
      ['reg-1', 'Máret Ŋuorra (Čáhcegáttis AS).eml'],
      ['reg-2', 'Małgorzata Wąsowska (Łódź Logistikk AS).eml'],
    ])
    const second = await PostalMime.parse(drafts[1]!.text)
    expect(second.subject).toBe('Invitasjon til nettverksmøte, Łódź Logistikk AS')
    expect(second.to).toEqual([{ name: 'Małgorzata Wąsowska', address: 'malgorzata@lodz.no' }])
    expect(second.text).toContain('Kjære Małgorzata,\n\nVi inviterer Małgorzata Wąsowska (Klimasjef) fra Łódź Logistikk AS til nettverksmøte på Tøyen.')
    expect(second.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1')
  })

  it('attaches the event calendar file to every draft when asked', async () => {
    const drafts = composeInvitationDrafts(sampleInvitations({ calendar: { event: sampleEvent({ sequence: 2 }), kind: 'invitation' } }), NOW)
    for (const draft of drafts) {
      const { attachments } = await PostalMime.parse(draft.text)
      expect(attachments.map((a) => [a.filename, a.mimeType, a.method])).toEqual([['invitasjon.ics', 'text/calendar', 'REQUEST']])
      const event = new ICAL.Component(ICAL.parse(new TextDecoder().decode(attachments[0]!.content as Uint8Array))).getFirstSubcomponent('vevent')!
      expect(event.getFirstPropertyValue('sequence')).toBe(2)
    }
  })

  it('attaches a cancellation as avlysning.ics with METHOD:CANCEL', async () => {
    const [draft] = composeInvitationDrafts(sampleInvitations({ calendar: { event: sampleEvent({ sequence: 4 }), kind: 'cancellation' } }), NOW)
    const { attachments } = await PostalMime.parse(draft!.text)
    expect(attachments.map((a) => [a.filename, a.method])).toEqual([['avlysning.ics', 'CANCEL']])
  })

  it('stops the whole batch at an address that cannot be written, naming the person', () => {
    const request = sampleInvitations()
    request.recipients[1]!.email = 'malgorzata@lodz'
    expect(() => composeInvitationDrafts(request, NOW)).toThrow('Ugyldig e-postadresse for Małgorzata Wąsowska: «malgorzata@lodz»')
  })

  it('names the sender or the calendar organiser when their address is wrong', () => {
    expect(() => composeInvitationDrafts(sampleInvitations({ from: { name: 'NFK', email: 'nfk@kli oslo.no' } }), NOW)).toThrow(
      'Ugyldig e-postadresse for avsenderen: «nfk@kli oslo.no»',
    )
    const event = sampleEvent({ organizer: { name: 'NFK', email: 'nfk@@kli.no' } })
    expect(() => composeInvitationDrafts(sampleInvitations({ calendar: { event, kind: 'invitation' } }), NOW)).toThrow(
      'Ugyldig e-postadresse for arrangøren i kalenderfilen: «nfk@@kli.no»',
    )
  })

  it('leaves out From when the page sends no sender', async () => {
    const [draft] = composeInvitationDrafts(sampleInvitations({ from: null }), NOW)
    expect((await PostalMime.parse(draft!.text)).from).toBeUndefined()
  })

  it('names files safely for Windows, with or without an organisation', () => {
    expect(draftFileName('Per: "Sjefen" Berg', 'A/S Bygg')).toBe('Per Sjefen Berg (A-S Bygg).eml')
    expect(draftFileName('Kari Nordmann', '  ')).toBe('Kari Nordmann.eml')
    expect(draftFileName('...', '')).toBe('Invitasjon.eml')
  })
})
