import type { LunchView } from '../../db/repositories/lunches-repo'
import type { SpeakerSlot } from '../../lib/seating/speaking-order'

/** The invited organisations in speaking order; ones missing from the saved order go last. */
export function currentOrder(view: LunchView): SpeakerSlot[] {
  const { lunch, invitedOrganisationIds } = view.lunch
  const invited = new Set(invitedOrganisationIds)
  const kept = lunch.speakingOrder.filter((s) => invited.has(s.organisationId))
  const missing = invitedOrganisationIds.filter((id) => !kept.some((s) => s.organisationId === id))
  return [...kept, ...missing.map((organisationId) => ({ organisationId, minutes: 5 }))]
}
