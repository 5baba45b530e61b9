import { describe, expect, it } from 'vitest'
import type { EventKind, PersonRole, RegistrationStatus } from '../../../../../renderer/db/models'
import { attendanceFacts, type AttendanceInput } from '../../../../../renderer/domain/event/attendance-facts'

const org = (id: string, name: string, status: 'medlem' | 'soker' = 'medlem') => ({ id, name, tier: 'medlem' as const, status, deletedAt: null })
const ev = (id: string, date: string, kind: EventKind, extra: { cancelledAt?: string } = {}) => ({
  id,
  kind,
  title: `${kind} ${date}`,
  date,
  cancelledAt: extra.cancelledAt ?? null,
  deletedAt: null,
})
const reg = (organisationId: string, eventId: string, status: RegistrationStatus = 'mott', rolesAtTime: PersonRole[] = []) => ({
  organisationId,
  eventId,
  status,
  rolesAtTime,
  deletedAt: null,
})
const joined = (organisationId: string, date: string, status: 'medlem' | 'utmeldt' = 'medlem') => ({
  organisationId,
  status,
  date,
  createdAt: `${date}T10:00:00Z`,
  deletedAt: null,
})

const base = (over: Partial<AttendanceInput>): AttendanceInput => ({
  year: 2026,
  organisations: [],
  statusEvents: [],
  events: [],
  registrations: [],
  participationKinds: ['nettverksmote', 'toppledermote', 'partnersamling'],
  ...over,
})

describe('attendanceFacts', () => {
  it('counts meetings on 01.01 and 31.12 in their own year, and not in the neighbouring ones', () => {
    const input = base({
      organisations: [org('a', 'Alfa AS'), org('b', 'Beta AS')],
      events: [ev('e1', '2026-01-01', 'nettverksmote'), ev('e2', '2026-12-31', 'nettverksmote'), ev('e0', '2025-12-31', 'nettverksmote'), ev('e3', '2027-01-01', 'nettverksmote')],
      registrations: [reg('a', 'e1'), reg('a', 'e2'), reg('b', 'e0'), reg('b', 'e3')],
    })
    const facts = attendanceFacts(input)
    expect(facts.members.find((m) => m.name === 'Alfa AS')?.countingMeetings.map((m) => m.date)).toEqual(['2026-01-01', '2026-12-31'])
    expect(facts.withoutParticipation.map((m) => m.name)).toEqual(['Beta AS'])
    expect(attendanceFacts({ ...input, year: 2025 }).withoutParticipation.map((m) => m.name)).toEqual(['Alfa AS'])
  })

  it('counts only attended meetings of the counting kinds, not cancelled ones or mere registrations', () => {
    const facts = attendanceFacts(
      base({
        organisations: [org('a', 'Alfa AS')],
        events: [ev('lunch', '2026-03-01', 'signeringslunsj'), ev('gone', '2026-04-01', 'nettverksmote', { cancelledAt: '2026-03-20T00:00:00Z' }), ev('nm', '2026-05-01', 'nettverksmote')],
        registrations: [reg('a', 'lunch'), reg('a', 'gone'), reg('a', 'nm', 'pameldt')],
      }),
    )
    expect(facts.members[0]).toMatchObject({ participated: false, allMeetings: [{ eventId: 'lunch' }] })
  })

  it('follows the participationKinds setting', () => {
    const facts = attendanceFacts(
      base({ organisations: [org('a', 'Alfa AS')], events: [ev('lunch', '2026-03-01', 'signeringslunsj')], registrations: [reg('a', 'lunch')], participationKinds: ['signeringslunsj'] }),
    )
    expect(facts.withoutParticipation).toEqual([])
  })

  it('credits leadership only when the top leader or deputy at the time attended a toppledermøte', () => {
    const facts = attendanceFacts(
      base({
        organisations: [org('a', 'Alfa AS'), org('b', 'Beta AS'), org('c', 'Ceta AS')],
        events: [ev('tm', '2026-09-10', 'toppledermote'), ev('nm', '2026-10-10', 'nettverksmote')],
        registrations: [reg('a', 'tm', 'mott', ['toppleder']), reg('b', 'tm', 'mott', ['klimakontakt']), reg('c', 'nm', 'mott', ['stedfortreder']), reg('c', 'tm', 'ikke-mott', ['toppleder'])],
      }),
    )
    expect(facts.members.map((m) => [m.name, m.leaderAttended, m.participated])).toEqual([
      ['Alfa AS', true, true],
      ['Beta AS', false, true],
      ['Ceta AS', false, true],
    ])
    expect(facts.withoutLeaderAttendance.map((m) => m.name)).toEqual(['Beta AS', 'Ceta AS'])
  })

  it('judges membership by the periods of the year: joined on 31.12 counts, left on 01.01 counts, later joiners do not', () => {
    const facts = attendanceFacts(
      base({
        organisations: [org('late', 'Sen AS'), org('left', 'Utmeldt AS'), org('next', 'Neste År AS'), org('old', 'Gammel AS', 'medlem'), org('app', 'Søker AS', 'soker')],
        statusEvents: [joined('late', '2026-12-31'), joined('left', '2020-05-01'), joined('left', '2026-01-01', 'utmeldt'), joined('next', '2027-01-01')],
      }),
    )
    // "Gammel AS" has no status events but is medlem: counted. "Søker AS" is not.
    expect(facts.members.map((m) => m.name)).toEqual(['Gammel AS', 'Sen AS', 'Utmeldt AS'])
  })

  it('sorts members in Norwegian order', () => {
    const facts = attendanceFacts(base({ organisations: [org('1', 'Åsen AS'), org('2', 'Ørsta AS'), org('3', 'Zeta AS'), org('4', 'Æra AS')] }))
    expect(facts.members.map((m) => m.name)).toEqual(['Zeta AS', 'Æra AS', 'Ørsta AS', 'Åsen AS'])
  })
})
