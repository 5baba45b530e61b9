/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit
 * with weights 3 2 7 6 5 4 3 2. A remainder giving check digit 10 makes the number invalid.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]

/** Removes the spaces (and non-breaking spaces) people type or paste between digit groups. */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0]/g, '')
}

/** The check digit for the first eight digits, or null when it would be 10 (never valid). */
export function orgNumberCheckDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0)
  const rest = 11 - (sum % 11)
  if (rest === 11) return 0
  if (rest === 10) return null
  return rest
}

export function isValidOrgNumber(input: string): boolean {
  const digits = normaliseOrgNumber(input)
  if (!/^\d{9}$/.test(digits)) return false
  return orgNumberCheckDigit(digits.slice(0, 8)) === Number(digits[8])
}

/** A Norwegian message for the field, or null when valid. Empty is allowed (number not known yet). */
export function orgNumberError(input: string): string | null {
  const digits = normaliseOrgNumber(input)
  if (!digits) return null
  if (/\D/.test(digits)) return 'Organisasjonsnummeret kan bare ha sifre (eksempel: 123 456 785).'
  if (digits.length !== 9) return `Organisasjonsnummeret må ha 9 sifre (du skrev ${digits.length}).`
  if (!isValidOrgNumber(digits)) return 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk at sifrene er riktige.'
  return null
}

/** `123456785` → `123 456 785`; anything else is shown as stored. */
export function formatOrgNumber(value: string): string {
  return /^\d{9}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value
}
