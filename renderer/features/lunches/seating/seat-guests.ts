/** Everyone to be seated at a lunch, in the shape the seating core takes. */
import type { LunchView } from '../../../db/repositories/lunches-repo'
import type { SeatGuest } from '../../../domain/seating/types'

export type PlannerGuest = SeatGuest & { title: string; organisationName: string }

export const COMMISSIONER_ID = 'commissioner'
export const hostGuestId = (hostId: string): string => `host:${hostId}`

export function plannerGuests(view: LunchView): PlannerGuest[] {
  const { lunch } = view.lunch
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
    },
  ]
  for (const h of lunch.hosts)
    out.push({ id: hostGuestId(h.id), name: h.name, title: h.title, organisationId: '', organisationName: 'Vert', sector: '', isHost: true, isCommissioner: false })
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
    })
  }
  return out
}
