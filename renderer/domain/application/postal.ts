/**
 * Postcodes and places. The postcode gives the postal place (from the kept dataset of Norwegian
 * postcodes); a postal place is not a municipality (Lysaker and Sandvika are in Bærum), so the
 * municipality comes from the form, or from the reviewer's choice remembered per postal place.
 */
import places from 'norway-postal-codes'
import { foldText } from '../../lib/text-fold'

/** "LILLESTRØM" → "Lillestrøm", "MO I RANA" → "Mo i Rana", "STORD-LEIRVIK" style names per part. */
export function placeName(capitals: string): string {
  const small = new Set(['i', 'på', 'og'])
  return capitals
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_m, dash: string, ch: string) => dash + ch.toUpperCase())))
    .join(' ')
}

/** The postal place of a four-digit postcode, or null when the dataset does not know it. */
export function postalPlaceOf(postalCode: string): string | null {
  const code = postalCode.trim()
  if (!/^\d{4}$/.test(code)) return null
  const place = places[code]
  return place ? placeName(place) : null
}

/** Key under which a reviewer's municipality choice for a postal place is remembered. */
export const postalPlaceKey = (place: string): string => foldText(place.trim())

/**
 * The municipality to propose for a postal place: the remembered choice, else the place itself
 * when it is a municipality on the settings' list (Oslo, Lillestrøm, Asker), else null (ask).
 */
export function proposedMunicipality(place: string, remembered: Readonly<Record<string, string>>, known: readonly string[]): string | null {
  if (!place.trim()) return null
  const key = postalPlaceKey(place)
  if (remembered[key]) return remembered[key]
  return known.find((m) => foldText(m) === key) ?? null
}
