import { describe, expect, it } from 'vitest'
import type { MeetingEvent, Registration, RegistrationStatus } from '../../../../../renderer/db/models'
import type { RosterEntry } from '../../../../../renderer/db/repositories/registrations-repo'
import { inviteeAddresses } from '../../../../../renderer/features/events/InvitationMail'
import { participantListModel } from '../../../../../renderer/features/events/participant-list'
import { doorCounts, rosterCsv } from '../../../../../renderer/features/events/roster'

const event = {
  id: 'e',
  title: 'Nettverksmøte',
  date: '2027-06-03',
  startTime: '09:00',
  endTime: '11:30',
  place: 'Oslo rådhus',
  room: 'Festsalen',
  invitedOrganisationIds: ['o1'],
} as MeetingEvent

const entry = (personName: string, organisationName: string, status: RegistrationStatus, extra: Partial<Registration> = {}): RosterEntry => ({
  personName,
  organisationName,
  personEmail: `${personName.split(' ')[0]!.toLowerCase()}@firma.no`,
  registration: { id: personName, organisationId: organisationName, status, rolesAtTime: [], checkedInAt: null, walkIn: false, ...extra } as Registration,
})

const roster = [
  entry('Åse Ødegård', 'Ørsta Kraft', 'mott', { checkedInAt: '2027-06-03T07:05:00Z', rolesAtTime: ['toppleder'] }),
  entry('Ole Hansen', 'Bølgen AS', 'pameldt'),
  entry('Per Ås', 'Bølgen AS', 'avmeldt'),
  entry('Kari Lie', 'Bølgen AS', 'invitert'),
  entry('Nora Ny', 'Zeta AS', 'mott', { walkIn: true, checkedInAt: '2027-06-03T07:20:00Z' }),
]

describe('roster helpers', () => {
  it('counts møtt against everyone expected (påmeldt or møtt, walk-ins included)', () => {
    expect(doorCounts(roster)).toEqual({ arrived: 2, expected: 3 })
  })

  it('prints only those expected on the paper list, with the role they had', () => {
    const model = participantListModel(event, roster)
    expect(model.dateLine).toBe('3. juni 2027 kl. 09.00–11.30')
    expect(model.place).toBe('Oslo rådhus, Festsalen')
    expect(model.organisations).toEqual([
      { name: 'Ørsta Kraft', people: [{ name: 'Åse Ødegård', role: 'Toppleder' }] },
      { name: 'Bølgen AS', people: [{ name: 'Ole Hansen', role: '' }] },
      { name: 'Zeta AS', people: [{ name: 'Nora Ny', role: '' }] },
    ])
  })

  it('exports organisations in Norwegian order with arrival time in Oslo and walk-ins marked', () => {
    const lines = rosterCsv(roster).split('\r\n')
    expect(lines[0]).toBe('\uFEFFVirksomhet;Navn;E-post;Rolle;Status;Møtt;Uten påmelding')
    expect(lines.slice(1, 6).map((l) => l.split(';').slice(0, 2).join(' / '))).toEqual([
      'Bølgen AS / Kari Lie',
      'Bølgen AS / Ole Hansen',
      'Bølgen AS / Per Ås',
      'Zeta AS / Nora Ny',
      'Ørsta Kraft / Åse Ødegård',
    ])
    expect(lines[4]).toBe('Zeta AS;Nora Ny;nora@firma.no;;Møtt;03.06.2027 kl. 09.20;ja')
  })

  it('mails the invited organisations’ people and the registered, leaving out those who said no', () => {
    const people = [{ organisationId: 'o1', name: 'Bo Invitert', email: 'bo@o1.no' }] as Parameters<typeof inviteeAddresses>[0]['people']
    const organisations = [{ id: 'o1', name: 'Alfa AS' }] as Parameters<typeof inviteeAddresses>[0]['organisations']
    expect(inviteeAddresses({ event, people, roster, organisations })).toEqual([
      'bo@o1.no',
      'kari@firma.no',
      'ole@firma.no',
      'nora@firma.no',
      'åse@firma.no',
    ])
  })
})
