import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { cancelEvent, createEvent, updateEvent } from '../../../../../renderer/db/repositories/events-repo'
import { issuedCalendars, listInvitationLog, logInvitationFiles } from '../../../../../renderer/db/repositories/invitation-log-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { listRoster, registerPerson } from '../../../../../renderer/db/repositories/registrations-repo'
import { calendarFingerprint, nextCalendarSequence } from '../../../../../renderer/domain/event/calendar-sequence'
import { calendarEvent, defaultBody, defaultSubject, draftRecipients } from '../../../../../renderer/features/events/invitation-files'
import { calendarRequest } from '../../../../../electron/shared/channels/calendar'
import { invitationDraftsRequest } from '../../../../../electron/shared/channels/invitations'
import { fillInvitation } from '../../../../../electron/shared/invitation-template'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from './seed'

const organizer = { name: 'Sekretariatet for Næring for klima', email: 'nfk@kli.oslo.kommune.no' }

describe('calendar SEQUENCE', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-05-03T07:05:00Z'))
  })

  it('stays while the event is unchanged, rises after each change, and a cancellation rises again', async () => {
    let event = await made(createEvent(eventForm()))
    const issue = async () => {
      const sequence = nextCalendarSequence(event, await issuedCalendars(event.id))
      await logInvitationFiles(event.id, event.cancelledAt ? 'cancellation' : 'calendar', [{ registrationId: null, personId: null, recipientName: '', organisationName: '', email: '', fileName: 'x.ics' }], {
        sequence,
        fingerprint: calendarFingerprint(event),
      })
      return sequence
    }
    expect(await issue()).toBe(0)
    expect(await issue()).toBe(0)
    event = await made(updateEvent(event.id, eventForm({ startTime: '10.00' })))
    expect(await issue()).toBe(1)
    event = await cancelEvent(event.id)
    expect(await issue()).toBe(2)
    // The request main gets is valid for a cancellation at that SEQUENCE.
    expect(calendarRequest.safeParse({ event: calendarEvent(event, 2, organizer), kind: 'cancellation' }).success).toBe(true)
  })

  it('gives a cancellation SEQUENCE 1 when no file was made before', async () => {
    const event = await cancelEvent((await made(createEvent(eventForm()))).id)
    expect(nextCalendarSequence(event, [])).toBe(1)
  })
})

describe('personal drafts', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-05-03T07:05:00Z'))
  })

  it('fills a draft per invited person with an address, and names those without one', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const aile = await seedPerson(org, 'Áile Ŋuolla', ['klimakontakt'], 'aile@bolgen.no')
    const ola = await seedPerson(org, 'Ola Uten', ['annen'])
    const signed = await seedPerson(org, 'Påmeldt Person', ['annen'], 'p@bolgen.no')
    const event = await made(createEvent(eventForm()))
    await registerPerson(event.id, aile.id, { status: 'invitert' })
    await registerPerson(event.id, ola.id, { status: 'invitert' })
    await registerPerson(event.id, signed.id, { status: 'pameldt' })
    const roster = await listRoster(event.id)
    const people = await db().people.toArray()
    const invited = draftRecipients(roster, people, 'invitert')
    expect(invited.recipients.map((r) => [r.name, r.organisation, r.email])).toEqual([['Áile Ŋuolla', 'Bølgen Energi AS', 'aile@bolgen.no']])
    expect(invited.withoutEmail).toEqual(['Ola Uten (Bølgen Energi AS)'])
    expect(Object.values(invited.personIds)).toEqual([aile.id])
    expect(draftRecipients(roster, people, 'begge').recipients).toHaveLength(2)

    const subject = defaultSubject(event, 'invitation')
    expect(subject).toBe('Invitasjon: Nettverksmøte om mobilitet 03.06.2027')
    const body = defaultBody(event, 'invitation', 'Sekretariatet')
    expect(fillInvitation(body, invited.recipients[0]!)).toContain('Kjære Áile,')
    expect(fillInvitation(body, invited.recipients[0]!)).toContain('Bølgen Energi AS ved deg til Nettverksmøte om mobilitet')
    // What main gets passes its schema.
    expect(invitationDraftsRequest.safeParse({ from: null, subject, body, recipients: invited.recipients, calendar: null }).success).toBe(true)
  })

  it('logs drafts as "utkast laget", newest first, and "Slett for godt" takes the person out of the log', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const aile = await seedPerson(org, 'Áile Ŋuolla', ['klimakontakt'], 'aile@bolgen.no')
    const event = await made(createEvent(eventForm()))
    await logInvitationFiles(event.id, 'invitation', [{ registrationId: null, personId: aile.id, recipientName: aile.name, organisationName: org.name, email: aile.email, fileName: 'Áile Ŋuolla (Bølgen Energi AS).eml' }], null)
    setClock(() => new Date('2027-05-10T07:05:00Z'))
    await logInvitationFiles(event.id, 'reminder', [{ registrationId: null, personId: aile.id, recipientName: aile.name, organisationName: org.name, email: aile.email, fileName: 'Áile Ŋuolla (Bølgen Energi AS).eml' }], null)
    const log = await listInvitationLog(event.id)
    expect(log.map((l) => [l.kind, l.at])).toEqual([
      ['reminder', '2027-05-10T07:05:00.000Z'],
      ['invitation', '2027-05-03T07:05:00.000Z'],
    ])
    await erasePerson(aile.id)
    const after = await listInvitationLog(event.id)
    expect(after).toHaveLength(2)
    expect(JSON.stringify(after)).not.toMatch(/Áile|aile@/)
  })
})
