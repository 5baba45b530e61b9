/**
 * The criteria status of an organisation: the manual assessments, and where the app can judge a
 * criterion itself for the year, `derived` from `evaluateCriteria(member, year, facts)`.
 */
import type { AssessmentStatus, CriterionKey, Organisation } from '../organisation/types'
import type { CriteriaEvaluation } from './evaluate'
import type { CriterionStatus } from './labels'
import { CRITERION_KEYS } from './labels'

/** One criterion of one organisation: the manual assessment and what the app judged, if it did. */
export type CriterionAssessment = {
  key: CriterionKey
  manual: AssessmentStatus
  derived: AssessmentStatus | null
  /** Why the app judged as it did, when it judged. */
  evidence: string | null
}

/** Only a judgement counts as derived; "not yet due", "not applicable" and "unknown" leave the manual one. */
const DERIVED: Record<CriterionStatus, AssessmentStatus | null> = {
  met: 'oppfylt',
  'not-met': 'ikke-oppfylt',
  'not-due': null,
  'not-applicable': null,
  unknown: null,
}

/** What the statuses are judged from: an organisation, or its statuses alone. */
export type ManualCriteria = Pick<Organisation, 'criteria'> | { criteria: Partial<Record<CriterionKey, Pick<Organisation['criteria'][CriterionKey], 'status'>>> }

export function criteriaStatuses(org: ManualCriteria, evaluation?: CriteriaEvaluation | null): CriterionAssessment[] {
  return CRITERION_KEYS.map((key) => ({
    key,
    manual: (org.criteria as ManualCriteria['criteria'])[key]?.status ?? 'ukjent',
    derived: evaluation ? DERIVED[evaluation[key].status] : null,
    evidence: evaluation ? evaluation[key].evidence : null,
  }))
}

/** The status that counts: a derived value wins over the manual one when the app has it. */
export const effectiveStatus = (c: CriterionAssessment): AssessmentStatus => c.derived ?? c.manual

/**
 * `criteriaNotMet` from the keys assessed by hand as not or partly met, which is all the register's
 * entry keeps of the manual statuses: a derived status wins where the app judged, as there.
 */
export function unmetCriteriaNotMet(unmet: readonly CriterionKey[], evaluation?: CriteriaEvaluation | null): boolean {
  return CRITERION_KEYS.some((key) => {
    const derived = evaluation ? DERIVED[evaluation[key].status] : null
    return derived === null ? unmet.includes(key) : derived === 'ikke-oppfylt' || derived === 'delvis'
  })
}

/** True when some criterion is judged not (or only partly) met; "not assessed yet" is not a failure. */
export function criteriaNotMet(org: ManualCriteria, evaluation?: CriteriaEvaluation | null): boolean {
  return criteriaStatuses(org, evaluation).some((c) => {
    const s = effectiveStatus(c)
    return s === 'ikke-oppfylt' || s === 'delvis'
  })
}
