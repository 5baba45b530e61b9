/**
 * Dietary needs and allergies per lunch guest: health data, kept in a table of this laptop's own
 * (never exported, backed up or synced), deleted 7 days after the lunch and on "Slett for godt".
 * No audit entry names a need: the audit log travels in every export.
 */
import type { DietRecord } from '../models'
import { dietDeleteOn } from '../../domain/event/diet'
import { db } from '../db'
import { nfc, nowIso } from './base'

/** The guests' diets of one event, by registration id (read only). */
export async function dietsOfEvent(eventId: string): Promise<Map<string, DietRecord>> {
  const rows = await db().diets.where('eventId').equals(eventId).toArray()
  return new Map(rows.map((r) => [r.id, r]))
}

/** Saves a guest's needs; nothing at all (no need, no note) removes the record. */
export async function saveDiet(registrationId: string, needs: readonly string[], note: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.registrations, d.events, d.diets], async () => {
    const registration = await d.registrations.get(registrationId)
    if (!registration || registration.deletedAt) throw new Error('Fant ikke gjesten.')
    const event = await d.events.get(registration.eventId)
    if (!event) throw new Error('Fant ikke arrangementet.')
    const cleanNeeds = [...new Set(needs.map((n) => n.trim()).filter(Boolean))]
    if (cleanNeeds.length === 0 && !note.trim()) {
      await d.diets.delete(registrationId)
      return
    }
    const record: DietRecord = nfc({
      id: registrationId,
      eventId: event.id,
      personId: registration.personId,
      needs: cleanNeeds,
      note: note.trim(),
      deleteOn: dietDeleteOn(event.date),
      updatedAt: nowIso(),
    })
    await d.diets.put(record)
  })
}

/** Deletes every diet whose lunch was 7 days ago or more; returns how many. */
export async function deleteExpiredDiets(today: string): Promise<number> {
  return db().diets.where('deleteOn').belowOrEqual(today).delete()
}

/** "Slett for godt": the person's diets go. Call inside the erasure's transaction (with `diets`). */
export async function deleteDietsOfPerson(personId: string): Promise<void> {
  await db().diets.where('personId').equals(personId).delete()
}
