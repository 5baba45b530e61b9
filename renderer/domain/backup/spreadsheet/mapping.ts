/**
 * Column mapping for spreadsheet import: which column holds which field. Guessed from the header
 * (Norwegian and English words), adjusted by the user, and remembered per header in settings.
 */
import { foldText } from '../../../lib/text-fold'

export const SHEET_FIELDS = [
  { key: 'name', label: 'Virksomhetens navn', words: ['navn', 'virksomhet', 'organisasjon', 'bedrift', 'firma', 'name', 'company'] },
  { key: 'orgNumber', label: 'Organisasjonsnummer', words: ['orgnr', 'org.nr', 'organisasjonsnummer', 'org nr', 'orgnummer'] },
  { key: 'sector', label: 'Bransje', words: ['bransje', 'sektor', 'sector'] },
  { key: 'tier', label: 'Medlem eller partner', words: ['niva', 'medlemstype', 'type', 'partner', 'tier'] },
  { key: 'status', label: 'Status', words: ['status'] },
  { key: 'signedDate', label: 'Signert dato', words: ['signert', 'signeringsdato', 'dato signert', 'signed'] },
  { key: 'personName', label: 'Kontaktperson', words: ['kontaktperson', 'kontakt', 'navn kontaktperson', 'contact'] },
  { key: 'personTitle', label: 'Kontaktpersonens tittel', words: ['tittel', 'stilling', 'title'] },
  { key: 'personEmail', label: 'E-post', words: ['e-post', 'epost', 'email', 'e-mail', 'mail'] },
  { key: 'personPhone', label: 'Telefon', words: ['telefon', 'tlf', 'mobil', 'phone'] },
] as const

export type SheetField = (typeof SHEET_FIELDS)[number]['key']
/** Field → column index (or -1 for "not in the file"). */
export type ColumnMapping = Record<SheetField, number>

/** A stable key for a header, so a mapping is remembered for files shaped the same way. */
export const headerKey = (header: string[]): string => header.map((h) => foldText(h)).join('|')

export function guessMapping(header: string[]): ColumnMapping {
  const folded = header.map((h) => foldText(h).replace(/[_:]/g, ' ').trim())
  const used = new Set<number>()
  const mapping = {} as ColumnMapping
  // Exact words first, then words contained in a header, so "Navn kontaktperson" is not the name.
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of SHEET_FIELDS) {
      if (mapping[field.key] !== undefined && mapping[field.key] >= 0) continue
      const index = folded.findIndex(
        (h, i) => !used.has(i) && field.words.some((w) => (pass === 'exact' ? h === foldText(w) : h.includes(foldText(w)))),
      )
      mapping[field.key] = index
      if (index >= 0) used.add(index)
    }
  }
  return mapping
}

/** A remembered mapping is used only when it still fits the file's columns. */
export function rememberedOrGuessed(header: string[], remembered: Record<string, number> | undefined): ColumnMapping {
  const guessed = guessMapping(header)
  if (!remembered) return guessed
  const out = { ...guessed }
  for (const field of SHEET_FIELDS) {
    const index = remembered[field.key]
    if (typeof index === 'number' && index >= -1 && index < header.length) out[field.key] = index
  }
  return out
}
