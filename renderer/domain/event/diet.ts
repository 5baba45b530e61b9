/**
 * Dietary needs and allergies of a lunch guest. Health data: stored apart from the registration in a
 * table of this laptop's own (never exported, backed up or synced), printed only on the table plan
 * and the kitchen list, and deleted 7 days after the lunch and when the person is erased.
 */
import type { DateOnly, Iso } from '../record'

export type DietRecord = {
  /** The registration's id: one record per guest. */
  id: string
  eventId: string
  personId: string
  /** e.g. ["Vegetar", "Nøtteallergi"] */
  needs: string[]
  /** Free text for the kitchen. */
  note: string
  /** The day the record is deleted: 7 days after the lunch. */
  deleteOn: DateOnly
  updatedAt: Iso
}

export const DIET_KEEP_DAYS = 7

/** Common needs offered as ticks; anything else goes in the note. */
export const COMMON_NEEDS = ['Vegetar', 'Vegan', 'Glutenfri', 'Laktosefri', 'Nøtteallergi', 'Skalldyrallergi', 'Fiskeallergi', 'Halal', 'Uten svin'] as const

/** 7 days after the lunch, as `YYYY-MM-DD`. */
export function dietDeleteOn(lunchDate: DateOnly): DateOnly {
  const d = new Date(`${lunchDate}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + DIET_KEEP_DAYS)
  return d.toISOString().slice(0, 10)
}

/** "Vegetar, Nøtteallergi – ingen spor av nøtter"; empty when there is nothing. */
export function dietText(diet: Pick<DietRecord, 'needs' | 'note'> | undefined): string {
  if (!diet) return ''
  return [diet.needs.join(', '), diet.note.trim()].filter(Boolean).join(' – ')
}

export const hasDiet = (diet: Pick<DietRecord, 'needs' | 'note'> | undefined): boolean => dietText(diet) !== ''
