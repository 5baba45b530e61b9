/** Norwegian words for the member register's codes, in one place. */
import type { AssessmentStatus, CertificationKind, ExpectationKey, Organisation, PersonRole, PipelineStatus, Tier } from './types'

export const TIER_LABELS: Record<Tier, string> = { medlem: 'Medlem', partner: 'Partner' }

/**
 * The membership pipeline's statuses, in pipeline order, in words that hold for every organisation.
 * The signed end state (`medlem`) is "Signert" here: a partner signs the climate contract too, and a
 * partner is not a member (DOMAIN.md), so without the organisation's tier the status cannot say which
 * it is. Where the organisation is known, say its status with `pipelineStatusText`.
 */
export const PIPELINE_STATUS_LABELS: Record<PipelineStatus, string> = {
  soker: 'Søker',
  godkjent: 'Godkjent',
  invitert: 'Invitert til signering',
  medlem: 'Signert',
  utmeldt: 'Utmeldt',
  avslatt: 'Avslått',
}

/** Where room is tight (a table cell, a spreadsheet column): "Invitert" rather than "Invitert til signering". */
export const shortPipelineStatus = (status: PipelineStatus): string => (status === 'invitert' ? 'Invitert' : PIPELINE_STATUS_LABELS[status])

/**
 * An organisation's pipeline status in words: the one rule for every badge, list, export and message.
 * Once signed it is what its tier says, "Medlem" or "Partner" (a partner is not a member); before and
 * after, the pipeline's own word. For a past step (the status history), pass the tier on that day.
 * An unknown tier (an old or foreign file) counts as member, as the rest of the app reads it.
 */
export function pipelineStatusText(organisation: Pick<Organisation, 'status' | 'tier'>, length: 'long' | 'short' = 'long'): string {
  const { status, tier } = organisation
  if (status === 'medlem') return TIER_LABELS[tier === 'partner' ? 'partner' : 'medlem']
  return length === 'short' ? shortPipelineStatus(status) : PIPELINE_STATUS_LABELS[status]
}

/**
 * The heading for an organisation's signed periods, by the same rule: "Partnerperioder" for one that
 * has only been a partner, "Medlemsperioder" for one only on the member tier, and both words once the
 * tier has changed (a period's tier is then not one word).
 */
export function signedPeriodsLabel(organisation: Pick<Organisation, 'tier' | 'tierHistory'>): string {
  if ((organisation.tierHistory ?? []).length > 0) return 'Perioder som medlem eller partner'
  return organisation.tier === 'partner' ? 'Partnerperioder' : 'Medlemsperioder'
}

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
