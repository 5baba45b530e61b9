/**
 * The register's entry keeps of the manual statuses only the keys assessed as not or partly met
 * (issue 17: unpacking 10,000 entries with a status object per criterion took twice as long). The
 * register's "criteria not met" flag must still give exactly what `criteriaNotMet` gives from the
 * whole organisation, with and without the app's own judgement, for every status on every criterion.
 */
import { describe, expect, it } from 'vitest'
import { criteriaNotMet, unmetCriteriaNotMet } from '../../../../../renderer/domain/criteria/assessment'
import type { CriteriaEvaluation } from '../../../../../renderer/domain/criteria/evaluate'
import { CRITERION_KEYS, type CriterionStatus } from '../../../../../renderer/domain/criteria/labels'
import { registerEntryOf, isActiveEntry, type RegisterEntry } from '../../../../../renderer/domain/organisation/register-entry'
import { isCurrentEntry } from '../../../../../renderer/domain/organisation/register-entry-format'
import type { AssessmentStatus, CriterionKey, Organisation } from '../../../../../renderer/domain/organisation/types'
import { emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'

const MANUAL: AssessmentStatus[] = ['ukjent', 'oppfylt', 'delvis', 'ikke-oppfylt']
const JUDGED: (CriterionStatus | null)[] = [null, 'met', 'not-met', 'not-due', 'not-applicable', 'unknown']

const organisation = (statuses: Partial<Record<CriterionKey, AssessmentStatus>>): Organisation => {
  const input = emptyOrganisationInput()
  const criteria = Object.fromEntries(CRITERION_KEYS.map((key) => [key, { ...input.criteria[key], status: statuses[key] ?? 'ukjent' }])) as Organisation['criteria']
  return { ...input, criteria, id: 'org-1', createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', deletedAt: null } as unknown as Organisation
}

/** An evaluation judging `key` as `status` and every other criterion "met" (or none at all). */
const evaluation = (key: CriterionKey, status: CriterionStatus | null): CriteriaEvaluation | undefined =>
  status === null ? undefined : (Object.fromEntries(CRITERION_KEYS.map((k) => [k, { status: k === key ? status : 'met', evidence: null }])) as unknown as CriteriaEvaluation)

const unmetOf = (org: Organisation) => {
  const entry = registerEntryOf(org, [])
  if (!isActiveEntry(entry)) throw new Error('not active')
  return entry.unmet
}

describe('the register entry’s unmet criteria', () => {
  it('are the keys assessed as not or partly met, in the criteria’s order', () => {
    expect(unmetOf(organisation({ participation: 'delvis', intent: 'ikke-oppfylt', reporting: 'oppfylt', action: 'ukjent' }))).toEqual(['intent', 'participation'])
    expect(unmetOf(organisation({}))).toEqual([])
  })

  it('flag "criteria not met" exactly as the whole organisation does, for every status and judgement on each criterion', () => {
    let cases = 0
    for (const key of CRITERION_KEYS) {
      for (const manual of MANUAL) {
        for (const other of MANUAL) {
          const org = organisation({ ...Object.fromEntries(CRITERION_KEYS.map((k) => [k, other])), [key]: manual })
          for (const judged of JUDGED) {
            const evaluated = evaluation(key, judged)
            expect(unmetCriteriaNotMet(unmetOf(org), evaluated), `${key} ${manual} (others ${other}), judged ${judged}`).toBe(criteriaNotMet(org, evaluated))
            cases++
          }
        }
      }
    }
    expect(cases).toBe(CRITERION_KEYS.length * MANUAL.length * MANUAL.length * JUDGED.length)
  })

  it('tell an entry written before they were kept (statuses as `criteria`) from one written now', () => {
    const now = registerEntryOf(organisation({ action: 'delvis' }), [])
    const { unmet: _unmet, ...before } = now as Extract<RegisterEntry, { state: 'active' }>
    expect(isCurrentEntry(now)).toBe(true)
    expect(isCurrentEntry({ ...before, criteria: { action: { status: 'delvis' } } } as unknown as RegisterEntry)).toBe(false)
    expect(isCurrentEntry({ id: 'org-2', state: 'trashed' })).toBe(true)
  })
})
