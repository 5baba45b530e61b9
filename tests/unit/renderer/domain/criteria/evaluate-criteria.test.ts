import { describe, expect, it } from 'vitest'
import { evaluateCriteria, failedCriteria, type CriteriaFacts, type CriteriaMember } from '../../../../../renderer/domain/criteria/evaluate'

const member: CriteriaMember = { id: 'o1', name: 'Grønn Bygg AS', tier: 'medlem', joinedDate: '2023-05-10' }

/** A member that meets everything in 2025, judged on 15.06.2026; each test changes one fact. */
function facts(change: Partial<CriteriaFacts> = {}): CriteriaFacts {
  return {
    today: '2026-06-15',
    joinCutoff: '2025-10-01',
    contract: { signedDate: '2023-05-10', signatoryName: 'Per Leder', signatoryRole: 'toppleder' },
    leadersRecorded: true,
    topLeaderMeetingsHeld: 1,
    leaderAttendedTopLeaderMeeting: true,
    attended: [{ title: 'Nettverksmøte vår', date: '2025-03-12' }],
    report: { status: 'mottatt', receivedDate: '2026-03-02', dueDate: '2026-04-01' },
    measures: { inApplication: false, inReport: true, inPreviousReport: false },
    municipality: 'Oslo',
    allowedMunicipalities: ['Oslo', 'Bærum', 'Nordre Follo'],
    manual: {},
    ...change,
  }
}

const missing = (today: string) => facts({ today, report: { status: 'ikke-mottatt', receivedDate: null, dueDate: '2026-04-01' } })

describe('evaluateCriteria', () => {
  it('finds every criterion met for a member that did everything, with its evidence', () => {
    const result = evaluateCriteria(member, 2025, facts())
    expect(Object.values(result).map((r) => r.status)).toEqual(['met', 'met', 'met', 'met', 'met', 'met'])
    expect(result.intent.evidence).toContain('10.05.2023')
    expect(result.reporting.evidence).toContain('mottatt 02.03.2026')
    expect(result.participation.evidence).toContain('Nettverksmøte vår (12.03.2025)')
    expect(failedCriteria(result)).toEqual([])
  })

  describe('Intensjon', () => {
    it('is not met without a signed contract', () => {
      expect(evaluateCriteria(member, 2025, facts({ contract: null })).intent.status).toBe('not-met')
    })
    it('is not met in a year before the contract was signed', () => {
      const signedLater = facts({ contract: { signedDate: '2026-02-01', signatoryName: 'Per', signatoryRole: 'toppleder' } })
      expect(evaluateCriteria(member, 2025, signedLater).intent.status).toBe('not-met')
    })
  })

  describe('Geografisk relevans', () => {
    it('accepts a municipality on the list whatever its case or accents', () => {
      expect(evaluateCriteria(member, 2025, facts({ municipality: 'BAERUM' })).geography.status).toBe('met')
      expect(evaluateCriteria(member, 2025, facts({ municipality: ' nordre follo ' })).geography.status).toBe('met')
    })
    it('is not met outside the list, and unknown when the address has no municipality', () => {
      expect(evaluateCriteria(member, 2025, facts({ municipality: 'Bergen' })).geography).toMatchObject({
        status: 'not-met',
        evidence: expect.stringContaining('Bergen'),
      })
      expect(evaluateCriteria(member, 2025, facts({ municipality: '' })).geography.status).toBe('unknown')
    })
    it('follows a manual decision with a note over the list', () => {
      const manual = facts({ municipality: 'Drammen', manual: { geography: { status: 'oppfylt', note: 'Har kontor på Helsfyr fra 2026' } } })
      expect(evaluateCriteria(member, 2025, manual).geography).toEqual({
        key: 'geography',
        status: 'met',
        evidence: 'Manuell vurdering: Har kontor på Helsfyr fra 2026',
      })
    })
    it('ignores a manual decision without a note', () => {
      const bare = facts({ municipality: 'Drammen', manual: { geography: { status: 'oppfylt', note: ' ' } } })
      expect(evaluateCriteria(member, 2025, bare).geography.status).toBe('not-met')
    })
  })

  describe('Lederforankring', () => {
    it('is met when the deputy signed and no top-leader meeting was held', () => {
      const deputy = facts({ contract: { signedDate: '2023-05-10', signatoryName: 'Siv', signatoryRole: 'stedfortreder' }, topLeaderMeetingsHeld: 0, leaderAttendedTopLeaderMeeting: false })
      expect(evaluateCriteria(member, 2025, deputy).leadership.status).toBe('met')
    })
    it('is not met when meetings were held and no leader attended', () => {
      const absent = facts({ topLeaderMeetingsHeld: 2, leaderAttendedTopLeaderMeeting: false })
      expect(evaluateCriteria(member, 2025, absent).leadership).toMatchObject({ status: 'not-met', evidence: expect.stringContaining('2 toppledermøter') })
    })
    it('is not met when someone else signed while a leader is recorded', () => {
      const other = facts({ contract: { signedDate: '2023-05-10', signatoryName: 'Ola Rådgiver', signatoryRole: 'annen' } })
      expect(evaluateCriteria(member, 2025, other).leadership.status).toBe('not-met')
    })
    it('is unknown, not failed, when no top leader or deputy is recorded', () => {
      const none = facts({ contract: { signedDate: '2023-05-10', signatoryName: 'Ola', signatoryRole: 'annen' }, leadersRecorded: false })
      expect(evaluateCriteria(member, 2025, none).leadership.status).toBe('unknown')
      const unlinked = facts({ contract: { signedDate: '2023-05-10', signatoryName: 'Ola', signatoryRole: null } })
      expect(evaluateCriteria(member, 2025, unlinked).leadership.status).toBe('unknown')
    })
  })

  describe('Handling', () => {
    const none = { inApplication: false, inReport: false, inPreviousReport: false }
    it('accepts measures from the application, the year’s report or last year’s', () => {
      expect(evaluateCriteria(member, 2025, facts({ measures: { ...none, inApplication: true } })).action).toMatchObject({
        status: 'met',
        evidence: expect.stringContaining('søknaden'),
      })
      expect(evaluateCriteria(member, 2025, facts({ measures: { ...none, inPreviousReport: true } })).action).toMatchObject({
        status: 'met',
        evidence: expect.stringContaining('årsrapporten for 2024'),
      })
    })
    it('is not yet due while the year’s report is not due, and not met after', () => {
      const due = { status: 'ikke-mottatt' as const, receivedDate: null, dueDate: '2026-04-01' }
      expect(evaluateCriteria(member, 2025, facts({ measures: none, today: '2026-04-01', report: due })).action.status).toBe('not-due')
      expect(evaluateCriteria(member, 2025, facts({ measures: none, today: '2026-04-02', report: due })).action.status).toBe('not-met')
    })
  })

  describe('Rapportering', () => {
    it('is not yet due up to and including the due date, and not met the day after', () => {
      expect(evaluateCriteria(member, 2025, missing('2026-03-31')).reporting.status).toBe('not-due')
      expect(evaluateCriteria(member, 2025, missing('2026-04-01')).reporting.status).toBe('not-due')
      expect(evaluateCriteria(member, 2025, missing('2026-04-02')).reporting).toMatchObject({ status: 'not-met', evidence: expect.stringContaining('01.04.2026') })
    })
    it('counts an approved report, and a received one that must be followed up', () => {
      expect(evaluateCriteria(member, 2025, facts({ report: { status: 'godkjent', receivedDate: '2026-02-01', dueDate: '2026-04-01' } })).reporting.status).toBe('met')
      const follow = evaluateCriteria(member, 2025, facts({ report: { status: 'ma-folges-opp', receivedDate: '2026-02-01', dueDate: '2026-04-01' } })).reporting
      expect(follow).toMatchObject({ status: 'met', evidence: expect.stringContaining('Må følges opp') })
    })
    it('does not count "må følges opp" without a received date', () => {
      const chase = facts({ report: { status: 'ma-folges-opp', receivedDate: null, dueDate: '2026-04-01' } })
      expect(evaluateCriteria(member, 2025, chase).reporting.status).toBe('not-met')
    })
  })

  describe('Deltakelse', () => {
    it('is not met after a year with no meeting attended, and not yet due while the year runs', () => {
      expect(evaluateCriteria(member, 2025, facts({ attended: [] })).participation.status).toBe('not-met')
      expect(evaluateCriteria(member, 2026, facts({ attended: [] })).participation.status).toBe('not-due')
    })
  })

  describe('joining after the cut-off', () => {
    const late: CriteriaMember = { ...member, joinedDate: '2025-10-02' }
    it('makes reporting and participation not applicable that year, but not the other criteria', () => {
      const result = evaluateCriteria(late, 2025, facts({ attended: [], report: { status: 'ikke-mottatt', receivedDate: null, dueDate: '2026-04-01' } }))
      expect(result.reporting.status).toBe('not-applicable')
      expect(result.participation.status).toBe('not-applicable')
      expect(result.intent.status).toBe('met')
      expect(failedCriteria(result)).toEqual([])
    })
    it('still applies to a member that joined on the cut-off day itself', () => {
      const onDay = { ...member, joinedDate: '2025-10-01' }
      expect(evaluateCriteria(onDay, 2025, facts({ attended: [] })).participation.status).toBe('not-met')
    })
  })

  it('lists only "not met" as failures', () => {
    const result = evaluateCriteria(member, 2025, facts({ contract: null, municipality: '', attended: [] }))
    expect(failedCriteria(result)).toEqual(['intent', 'leadership', 'participation'])
  })
})
