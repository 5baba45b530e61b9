/** Defaults for an organisation first met at the door, before the secretariat fills it in. */
import type { Assessment, CriterionKey, ExpectationKey, Organisation } from '../models'

const unknown = (): Assessment => ({ status: 'ukjent', note: '' })
const CRITERIA: CriterionKey[] = ['intent', 'geography', 'leadership', 'action', 'reporting', 'participation']
const EXPECTATIONS: ExpectationKey[] = ['strategy', 'certification', 'emissionsAccounts', 'supplierRequirements']

export type OrganisationFields = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>

/** Not a member (no status event): status `soker` only marks it as not yet in the network. */
export function blankOrganisation(name: string, notes: string): OrganisationFields {
  return {
    name,
    orgNumber: '',
    sector: '',
    address: { street: '', postalCode: '', municipality: '' },
    website: '',
    employeeBand: '',
    tier: 'medlem',
    partnerFee: [],
    criteria: Object.fromEntries(CRITERIA.map((k) => [k, unknown()])) as Record<CriterionKey, Assessment>,
    expectations: Object.fromEntries(EXPECTATIONS.map((k) => [k, unknown()])) as Record<ExpectationKey, Assessment>,
    certification: { kind: null, validUntil: null, note: '' },
    notes,
    status: 'soker',
    signedDate: null,
  }
}
