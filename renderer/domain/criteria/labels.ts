/** The criteria's words: the six membership criteria and the statuses `evaluateCriteria` gives them. */
import type { CriterionKey } from '../organisation/types'

/** How the app judges a criterion for a year (`evaluateCriteria`). */
export type CriterionStatus = 'met' | 'not-met' | 'not-due' | 'not-applicable' | 'unknown'

/** The six membership criteria (medlemskriterier), in the order DOMAIN.md lists them. */
export const CRITERION_LABELS: Record<CriterionKey, string> = {
  intent: 'Intensjon',
  geography: 'Geografisk relevans',
  leadership: 'Lederforankring',
  action: 'Handling',
  reporting: 'Rapportering',
  participation: 'Deltakelse',
}

export const CRITERION_KEYS = Object.keys(CRITERION_LABELS) as CriterionKey[]

export const CRITERION_STATUS_LABELS: Record<CriterionStatus, string> = {
  met: 'Oppfylt',
  'not-met': 'Ikke oppfylt',
  'not-due': 'Ikke forfalt',
  'not-applicable': 'Gjelder ikke',
  unknown: 'Ukjent',
}
