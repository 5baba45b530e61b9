import { describe, expect, it } from 'vitest'
import { buildYear, type YearTables } from '../../../../../renderer/domain/criteria/build-year'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { attended, contract, meeting, organisation, person, statusEvent } from '../../../../shared/year-fixtures'

/**
 * Lederforankring is judged from the roles people had when it happened: the signer's roles at the
 * signing lunch, and the roles kept on each registration (`rolesAtTime`), never today's roles.
 */
function tables(change: Partial<YearTables> = {}): YearTables {
  return {
    organisations: [organisation('a', 'Aker AS')],
    statusEvents: [statusEvent('a', 'medlem', '2025-03-01')],
    // Kari was top leader when she signed and attended; she has since moved on to be the climate contact.
    people: [person('kari', 'a', 'Kari Leder', ['klimakontakt']), person('ola', 'a', 'Ola Ny', ['toppleder'])],
    contracts: [{ ...contract('a', '2025-03-01', 'kari'), eventId: 'lunch' }],
    events: [meeting('lunch', 'signeringslunsj', '2025-03-01', 'Signeringslunsj 01.03.2025'), meeting('top', 'toppledermote', '2025-10-01', 'Toppledermøte')],
    registrations: [attended('lunch', 'a', 'kari', ['toppleder']), attended('top', 'a', 'kari', ['toppleder'])],
    annualReports: [],
    ...change,
  }
}

const leadership = (t: YearTables) => {
  const row = buildYear(2025, '2026-06-01', defaultSettings(), t).rows[0]
  if (!row) throw new Error('no member row')
  return row.evaluation.leadership
}

describe('history-true Lederforankring', () => {
  it('reads the signer’s role from the signing lunch registration, not from today’s roles', () => {
    expect(leadership(tables())).toEqual({
      key: 'leadership',
      status: 'met',
      evidence: 'Kontrakten er signert av toppleder Kari Leder, og toppleder eller stedfortreder deltok på toppledermøte i 2025.',
    })
  })

  it('keeps the verdict when the signer has been erased', () => {
    const t = tables()
    expect(leadership({ ...t, people: t.people.filter((p) => p.id !== 'kari'), contracts: [{ ...t.contracts[0]!, signatoryName: 'Kari Leder' }] }).status).toBe('met')
  })

  it('counts a top-leader meeting by the role on the registration: today’s top leader attending as someone else does not count', () => {
    const t = tables({ registrations: [attended('lunch', 'a', 'kari', ['toppleder']), attended('top', 'a', 'ola', ['klimakontakt'])] })
    expect(leadership(t)).toMatchObject({ status: 'not-met', evidence: 'Verken toppleder eller stedfortreder deltok på noen av 1 toppledermøter i 2025.' })
  })

  it('counts a walk-in whose registration carries the top leader role', () => {
    const walkIn = { ...attended('top', 'a', 'ola', ['toppleder']), walkIn: true }
    expect(leadership(tables({ registrations: [attended('lunch', 'a', 'kari', ['toppleder']), walkIn] })).status).toBe('met')
  })

  it('falls back to today’s roles for a contract signed without a lunch registration', () => {
    const t = tables()
    expect(leadership({ ...t, contracts: [{ ...t.contracts[0]!, eventId: null }] })).toMatchObject({
      status: 'not-met',
      evidence: 'Kontrakten er signert av Kari Leder, som ikke er toppleder eller stedfortreder.',
    })
  })
})
