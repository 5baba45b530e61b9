import { InvitationMail, useEventData } from '../../events'

/** The invitation e-mail, as for any event: the events feature's own panel on this lunch. */
export function LunchInvitation({ eventId }: { eventId: string }) {
  const data = useEventData(eventId)
  if (!data || (data.event.invitedOrganisationIds ?? []).length === 0) return null
  return <InvitationMail data={data} />
}
