/**
 * An event's title with its date, said once. Signing lunches are titled with their date by default
 * ("Signeringslunsj 10.06.2027"), so a screen that adds the date itself would repeat it.
 */
import type { DateOnly } from '../record'
import { formatDate } from '../../lib/dates'

/** "Signeringslunsj 10.06.2027" stays as it is; "Julelunsj" becomes "Julelunsj, 10.06.2027". */
export function datedTitle(title: string, date: DateOnly): string {
  const shown = formatDate(date)
  const trimmed = title.trim()
  if (!trimmed) return shown
  return trimmed.includes(shown) ? trimmed : `${trimmed}, ${shown}`
}

/** For lists that show the date in front: the title without its own date ("Signeringslunsj"). */
export function titleWithoutDate(title: string, date: DateOnly): string {
  const shown = formatDate(date)
  const rest = title
    .replace(shown, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,–-]+|[\s,–-]+$/g, '')
  return rest || title.trim()
}
