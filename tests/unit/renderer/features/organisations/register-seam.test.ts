import { describe, expect, it } from 'vitest'
import { evaluateCriteria, type CriteriaFacts } from '../../../../../renderer/domain/criteria/evaluate'
import { criteriaNotMet, criteriaStatuses } from '../../../../../renderer/domain/criteria/assessment'
import { buildRows } from '../../../../../renderer/features/organisations/register-rows'
import { organisation } from '../../../../shared/year-fixtures'
import { isActiveEntry, registerEntriesOf } from '../../../../../renderer/domain/organisation/register-entry'

const facts = (change: Partial<CriteriaFacts>): CriteriaFacts => ({
  today: '2026-11-28',
  joinCutoff: '2026-10-01',
  contract: { signedDate: '2024-01-01', signatoryName: 'Leder', signatoryRole: 'toppleder' },
  leadersRecorded: true,
  topLeaderMeetingsHeld: 0,
  leaderAttendedTopLeaderMeeting: false,
  attended: [],
  report: { status: 'ikke-mottatt', receivedDate: null, dueDate: '2027-04-01' },
  measures: { inApplication: true, inReport: false, inPreviousReport: false },
  municipality: 'Oslo',
  allowedMunicipalities: ['Oslo'],
  manual: {},
  ...change,
})
const member = { id: 'a', name: 'Aker', tier: 'medlem' as const, joinedDate: '2024-01-01' }

describe('the member register uses evaluateCriteria', () => {
  it('shows the derived judgement with its evidence beside the manual assessment', () => {
    const org = organisation('a', 'Aker')
    const statuses = criteriaStatuses(org, evaluateCriteria(member, 2026, facts({ municipality: 'Bergen' })))
    const geography = statuses.find((s) => s.key === 'geography')
    expect(geography).toMatchObject({ manual: 'ukjent', derived: 'ikke-oppfylt', evidence: expect.stringContaining('Bergen') })
    // Not yet due is no judgement: the manual assessment stands.
    expect(statuses.find((s) => s.key === 'reporting')).toMatchObject({ derived: null })
  })

  it('lets the "criteria not met" filter find a member only the app judges failing', () => {
    const failing = organisation('a', 'Aker')
    const fine = organisation('b', 'Berg')
    const evaluations = new Map([
      ['a', evaluateCriteria(member, 2026, facts({ contract: null }))],
      ['b', evaluateCriteria({ ...member, id: 'b' }, 2026, facts({}))],
    ])
    expect(criteriaNotMet(failing)).toBe(false)
    const rows = buildRows(registerEntriesOf([failing, fine], []).filter(isActiveEntry), evaluations)
    expect(rows.map((r) => [r.org.name, r.notMet])).toEqual([
      ['Aker', true],
      ['Berg', false],
    ])
  })
})
