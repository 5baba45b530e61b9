/** Everyone to be seated at a lunch, in the shape the seating core takes. */
import type { LunchView } from '../../../db/repositories/lunches-repo'
import type { SeatGuest } from '../../../domain/seating/types'
import { hostKey } from '../../../domain/seating/host-history'

export type PlannerGuest = SeatGuest & { title: string; organisationName: string }

export const COMMISSIONER_ID = 'commissioner'
export const hostGuestId = (hostId: string): string => `host:${hostId}`

/** `met`: folded host name → people they sat with at earlier lunches (see `hostMeetings`). */
export function plannerGuests(view: LunchView, met: ReadonlyMap<string, ReadonlySet<string>> = new Map()): PlannerGuest[] {
  const { lunch } = view.lunch
  const metBy = (name: string): { metPersonIds?: string[] } => {
    const people = met.get(hostKey(name))
    return people && people.size > 0 ? { metPersonIds: [...people] } : {}
  }
  const out: PlannerGuest[] = [
    {
      id: COMMISSIONER_ID,
      name: lunch.commissionerName || 'Byråden',
      title: lunch.commissionerTitle,
      organisationId: '',
      organisationName: 'Oslo kommune',
      sector: '',
      isHost: true,
      isCommissioner: true,
      ...metBy(lunch.commissionerName),
    },
  ]
  for (const h of lunch.hosts)
    out.push({ id: hostGuestId(h.id), name: h.name, title: h.title, organisationId: '', organisationName: 'Vert', sector: '', isHost: true, isCommissioner: false, ...metBy(h.name) })
  for (const { registration, person, organisation } of view.guests) {
    if (registration.status === 'avmeldt') continue
    out.push({
      id: registration.id,
      name: person?.name ?? 'Ukjent person',
      title: person?.title ?? '',
      organisationId: registration.organisationId,
      organisationName: organisation?.name ?? '',
      sector: organisation?.sector ?? '',
      isHost: false,
      isCommissioner: false,
      personId: registration.personId,
    })
  }
  return out
}
