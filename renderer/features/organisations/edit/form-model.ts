/** The editor's form state: what the user types (dates and amounts as text) ↔ OrganisationInput. */
import type { Organisation, PipelineStatus, Tier } from '../../../db/models'
import { emptyOrganisationInput } from '../../../db/repositories/organisations-repo'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../../lib/dates'
import { formatOrgNumber } from '../../../../electron/shared/org-number'
import { validateOrganisation, type FieldErrors, type OrganisationInput } from '../../../domain/organisation/validation'

export type FeeText = { year: string; amount: string; invoiced: boolean; paid: boolean }
export type OrganisationForm = {
  input: OrganisationInput
  validUntil: string
  fees: FeeText[]
  /** Only for a new organisation: where it starts in the pipeline. */
  initialStatus: PipelineStatus
  initialDate: string
  /** When editing: the tier as saved, and from when a changed tier applies (kept in the tier history). */
  savedTier: Tier | null
  tierDate: string
}

export function newForm(): OrganisationForm {
  return { input: emptyOrganisationInput(), validUntil: '', fees: [], initialStatus: 'soker', initialDate: formatDate(todayInOslo()), savedTier: null, tierDate: formatDate(todayInOslo()) }
}

export function formFrom(org: Organisation): OrganisationForm {
  const base = emptyOrganisationInput()
  return {
    input: {
      name: org.name,
      orgNumber: formatOrgNumber(org.orgNumber),
      sector: org.sector,
      address: { ...org.address },
      website: org.website,
      employeeBand: org.employeeBand,
      tier: org.tier,
      partnerFee: org.partnerFee,
      criteria: { ...base.criteria, ...org.criteria },
      expectations: { ...base.expectations, ...org.expectations },
      certification: { ...org.certification },
      notes: org.notes,
    },
    validUntil: formatDate(org.certification.validUntil),
    fees: org.partnerFee.map((f) => ({ year: String(f.year), amount: String(f.amount), invoiced: f.invoiced ?? false, paid: f.paid })),
    initialStatus: 'soker',
    initialDate: '',
    savedTier: org.tier,
    tierDate: formatDate(todayInOslo()),
  }
}

const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(/\s/g, '').replace(',', '.')))

export type FormResult = { input: OrganisationInput; initialDate: string | null; tierChangeDate: string | null; errors: FieldErrors }

/** Converts and checks the whole form; `errors` is empty when it may be saved. */
export function readForm(form: OrganisationForm, isNew: boolean): FormResult {
  const errors: FieldErrors = {}
  const validUntil = form.validUntil.trim() ? parseNorwegianDate(form.validUntil) : null
  if (form.validUntil.trim() && !validUntil) errors['certification.validUntil'] = 'Skriv datoen som dd.mm.åååå (eksempel: 31.12.2027).'
  const initialDate = isNew ? parseNorwegianDate(form.initialDate) : null
  if (isNew && !initialDate) errors.initialDate = 'Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).'
  const tierChanged = !isNew && form.savedTier !== null && form.savedTier !== form.input.tier
  const tierChangeDate = tierChanged ? parseNorwegianDate(form.tierDate) : null
  if (tierChanged && !tierChangeDate) errors.tierDate = 'Skriv datoen som dd.mm.åååå (eksempel: 01.01.2027).'
  const partnerFee =
    form.input.tier === 'partner' ? form.fees.map((f) => ({ year: toNumber(f.year), amount: toNumber(f.amount), invoiced: f.invoiced || f.paid, paid: f.paid })) : form.input.partnerFee
  const input: OrganisationInput = { ...form.input, partnerFee, certification: { ...form.input.certification, validUntil } }
  Object.assign(errors, validateOrganisation(input))
  return { input, initialDate, tierChangeDate, errors }
}
