/** Earlier signing lunches' seating, for the rule "hosts meet new guests" (read only). */
import type { MeetingEvent } from '../models'
import type { PastLunch } from '../../domain/seating/host-history'
import { db } from '../db'

const COMMISSIONER_ID = 'commissioner'

/** Every signing lunch held before this one (not cancelled, not in the bin) with its seating. */
export async function readPastLunches(lunchId: string): Promise<PastLunch[]> {
  const d = db()
  const current = await d.events.get(lunchId)
  if (!current) return []
  const earlier = (await d.events.where('kind').equals('signeringslunsj').toArray()).filter(
    (e): e is MeetingEvent & { lunch: NonNullable<MeetingEvent['lunch']> } =>
      e.id !== lunchId && !e.deletedAt && !e.cancelledAt && e.lunch !== null && e.date < current.date,
  )
  const out: PastLunch[] = []
  for (const event of earlier) {
    const plan = (await d.seatingPlans.where('eventId').equals(event.id).toArray()).find((p) => !p.deletedAt)
    if (!plan) continue
    const registrations = (await d.registrations.where('eventId').equals(event.id).toArray()).filter((r) => !r.deletedAt)
    const hostNames = new Map<string, string>([[COMMISSIONER_ID, event.lunch.commissionerName], ...event.lunch.hosts.map((h): [string, string] => [`host:${h.id}`, h.name])])
    out.push({ hostNames, guestPersons: new Map(registrations.map((r) => [r.id, r.personId])), tables: plan.data.tables, assignment: plan.data.assignment })
  }
  return out
}
