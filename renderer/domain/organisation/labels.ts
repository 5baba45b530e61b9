/** Norwegian words for the member register's codes, in one place. */
import type { AssessmentStatus, CertificationKind, CriterionKey, ExpectationKey, PersonRole, PipelineStatus, Tier } from './types'

export const TIER_LABELS: Record<Tier, string> = { medlem: 'Medlem', partner: 'Partner' }

/** In pipeline order. */
export const STATUS_LABELS: Record<PipelineStatus, string> = {
  soker: 'Søker',
  godkjent: 'Godkjent',
  invitert: 'Invitert til signering',
  medlem: 'Medlem',
  utmeldt: 'Utmeldt',
  avslatt: 'Avslått',
}

export const ROLE_LABELS: Record<PersonRole, string> = {
  toppleder: 'Toppleder',
  stedfortreder: 'Stedfortreder',
  klimakontakt: 'Klimakontakt',
  annen: 'Annen',
}

export const CRITERION_LABELS: Record<CriterionKey, string> = {
  intent: 'Intensjon',
  geography: 'Geografisk relevans',
  leadership: 'Lederforankring',
  action: 'Handling',
  reporting: 'Rapportering',
  participation: 'Deltakelse',
}

export const EXPECTATION_LABELS: Record<ExpectationKey, string> = {
  strategy: 'Klimaarbeidet er forankret i strategi',
  certification: 'Miljøsertifisering',
  emissionsAccounts: 'Klimaregnskap og tallfestede mål',
  supplierRequirements: 'Klima- og miljøkrav til leverandører',
}

export const ASSESSMENT_LABELS: Record<AssessmentStatus, string> = {
  ukjent: 'Ikke vurdert',
  oppfylt: 'Oppfylt',
  delvis: 'Delvis oppfylt',
  'ikke-oppfylt': 'Ikke oppfylt',
}

export const CERTIFICATION_LABELS: Record<CertificationKind, string> = {
  miljofyrtarn: 'Miljøfyrtårn',
  iso14001: 'ISO 14001',
  emas: 'EMAS',
  annen: 'Annen',
}

export const EMPLOYEE_BANDS = ['1–9', '10–49', '50–249', '250–999', '1000 eller flere'] as const

export const CRITERION_KEYS = Object.keys(CRITERION_LABELS) as CriterionKey[]
export const EXPECTATION_KEYS = Object.keys(EXPECTATION_LABELS) as ExpectationKey[]
export const STATUS_KEYS = Object.keys(STATUS_LABELS) as PipelineStatus[]
export const ROLE_KEYS = Object.keys(ROLE_LABELS) as PersonRole[]
