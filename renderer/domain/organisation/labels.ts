/** Norwegian words for the member register's codes, in one place. */
import type { AssessmentStatus, CertificationKind, ExpectationKey, PersonRole, PipelineStatus, Tier } from './types'

export const TIER_LABELS: Record<Tier, string> = { medlem: 'Medlem', partner: 'Partner' }

/** The membership pipeline's statuses, in pipeline order. */
export const PIPELINE_STATUS_LABELS: Record<PipelineStatus, string> = {
  soker: 'Søker',
  godkjent: 'Godkjent',
  invitert: 'Invitert til signering',
  medlem: 'Medlem',
  utmeldt: 'Utmeldt',
  avslatt: 'Avslått',
}

/** Where room is tight (a table cell, a spreadsheet column): "Invitert" rather than "Invitert til signering". */
export const shortPipelineStatus = (status: PipelineStatus): string => (status === 'invitert' ? 'Invitert' : PIPELINE_STATUS_LABELS[status])

export const ROLE_LABELS: Record<PersonRole, string> = {
  toppleder: 'Toppleder',
  stedfortreder: 'Stedfortreder',
  klimakontakt: 'Klimakontakt',
  annen: 'Annen',
}

/** "Toppleder, Klimakontakt". */
export const rolesText = (roles: readonly PersonRole[]): string => roles.map((r) => ROLE_LABELS[r]).join(', ')

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

/** A certification named on its own (the status report), where a bare "Annen" would say nothing. */
export const certificationName = (kind: CertificationKind): string => (kind === 'annen' ? 'Annen sertifisering' : CERTIFICATION_LABELS[kind])

export const EMPLOYEE_BANDS = ['1–9', '10–49', '50–249', '250–999', '1000 eller flere'] as const

export const TIERS = Object.keys(TIER_LABELS) as Tier[]
export const EXPECTATION_KEYS = Object.keys(EXPECTATION_LABELS) as ExpectationKey[]
export const PIPELINE_STATUSES = Object.keys(PIPELINE_STATUS_LABELS) as PipelineStatus[]
export const ROLE_KEYS = Object.keys(ROLE_LABELS) as PersonRole[]
export const CERTIFICATION_KINDS = Object.keys(CERTIFICATION_LABELS) as CertificationKind[]
