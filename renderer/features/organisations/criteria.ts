/**
 * The criteria status of an organisation. For now only the manual assessments exist; this is the
 * seam the annual-report and attendance issues replace with `evaluateCriteria(member, year, facts)`,
 * filling `derived` where the app can judge a criterion itself.
 */
import type { AssessmentStatus, CriterionKey, Organisation } from '../../db/models'
import { CRITERION_KEYS } from './labels'

export type CriterionStatus = { key: CriterionKey; manual: AssessmentStatus; derived: AssessmentStatus | null }

export function criteriaStatuses(org: Pick<Organisation, 'criteria'>): CriterionStatus[] {
  return CRITERION_KEYS.map((key) => ({ key, manual: org.criteria[key]?.status ?? 'ukjent', derived: null }))
}

/** The status that counts: a derived value wins over the manual one when the app has it. */
export const effectiveStatus = (c: CriterionStatus): AssessmentStatus => c.derived ?? c.manual

/** True when some criterion is judged not (or only partly) met; "not assessed yet" is not a failure. */
export function criteriaNotMet(org: Pick<Organisation, 'criteria'>): boolean {
  return criteriaStatuses(org).some((c) => {
    const s = effectiveStatus(c)
    return s === 'ikke-oppfylt' || s === 'delvis'
  })
}
