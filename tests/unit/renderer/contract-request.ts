/** A contract request as the contract forms send it, for the tests that build and record contracts. */
import type { ContractRequest } from '../../../renderer/db/repositories/contracts-repo'

/**
 * For this organisation, signed on 03.06.2027 with Marit Vea as the commissioner, by `signatory`
 * (typed in, or `signatoryPersonId` for one of the organisation's people); no lunch.
 */
export const contractRequest = (
  organisationId: string,
  signatory: ContractRequest['signatory'] = { name: 'Kari Nordmann', title: 'daglig leder' },
  signatoryPersonId: string | null = null,
): ContractRequest => ({
  organisationId,
  signatoryPersonId,
  signatory,
  commissioner: { name: 'Marit Vea', title: 'byråd for miljø og samferdsel' },
  signingDate: '2027-06-03',
  eventId: null,
})
