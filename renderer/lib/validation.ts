/** Form checks shared by every screen; messages are Norwegian and say what to do. */
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]{2,}$/

export function emailError(value: string, required = false): string | null {
  const v = value.trim()
  if (!v) return required ? 'Skriv inn en e-postadresse.' : null
  return EMAIL.test(v) ? null : 'E-postadressen ser ikke riktig ut (eksempel: navn@firma.no).'
}

export function phoneError(value: string): string | null {
  const v = value.trim()
  if (!v) return null
  return /^\+?[\d ()-]{5,20}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5
    ? null
    : 'Telefonnummeret kan bare ha sifre, mellomrom og + foran (eksempel: +47 23 48 00 00).'
}

export function requiredError(value: string, what: string): string | null {
  return value.trim() ? null : `${what} må fylles ut.`
}
