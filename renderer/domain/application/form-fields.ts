/**
 * The application form's fields and the guess of which column holds which. The guess reads the
 * whole header: "Toppleders e-post" is the top leader's e-mail, never the climate contact's,
 * because a header that names one person can only map to that person's fields. Each column is
 * used once and each field once, best match first, so nothing is cross-assigned.
 */
import { foldText } from '../../lib/text-fold'

type Match = { all: string[][]; none?: string[]; exact?: string[] }

const PERSON_WORDS = ['toppleder', 'daglig leder', 'kontakt']
const LEADER = ['toppleder', 'daglig leder']

export const FORM_FIELDS = [
  { key: 'startedAt', label: 'Starttid', match: { all: [['starttid'], ['start']] } },
  { key: 'submittedAt', label: 'Fullføringstid', match: { all: [['fullfor'], ['innsendt'], ['sendt inn'], ['slutttid']] } },
  { key: 'name', label: 'Virksomhetens navn', match: { all: [['virksomhet', 'navn'], ['organisasjon', 'navn'], ['bedrift', 'navn'], ['firmanavn'], ['navn']], none: PERSON_WORDS } },
  { key: 'orgNumber', label: 'Organisasjonsnummer', match: { all: [['organisasjonsnummer'], ['org', 'nr'], ['orgnr']] } },
  { key: 'street', label: 'Besøksadresse', match: { all: [['besoksadresse'], ['gateadresse'], ['adresse']], none: ['e-post', 'epost', 'post'] } },
  { key: 'postalCode', label: 'Postnummer', match: { all: [['postnummer'], ['postnr']] } },
  { key: 'postalPlace', label: 'Poststed', match: { all: [['poststed']] } },
  { key: 'municipality', label: 'Kommune', match: { all: [['kommune']] } },
  { key: 'employees', label: 'Antall ansatte', match: { all: [['ansatte']] } },
  { key: 'sector', label: 'Bransje', match: { all: [['bransje'], ['sektor']] } },
  { key: 'leaderName', label: 'Toppleders navn', match: { all: [['toppleder', 'navn'], ['daglig leder', 'navn'], ['toppleder']], none: ['tittel', 'stilling', 'e-post', 'epost', 'telefon', 'kontakt'] } },
  { key: 'leaderTitle', label: 'Toppleders tittel', match: { all: [['toppleder', 'tittel'], ['toppleder', 'stilling'], ['daglig leder', 'tittel']], none: ['kontakt'] } },
  { key: 'leaderEmail', label: 'Toppleders e-post', match: { all: [['toppleder', 'e-post'], ['toppleder', 'epost'], ['daglig leder', 'e-post']], none: ['kontakt'] } },
  { key: 'contactName', label: 'Klimakontaktens navn', match: { all: [['kontakt', 'navn'], ['kontaktperson']], none: [...LEADER, 'tittel', 'stilling', 'e-post', 'epost', 'telefon'] } },
  { key: 'contactTitle', label: 'Klimakontaktens tittel', match: { all: [['kontakt', 'tittel'], ['kontakt', 'stilling']], none: LEADER } },
  { key: 'contactEmail', label: 'Klimakontaktens e-post', match: { all: [['kontakt', 'e-post'], ['kontakt', 'epost']], none: LEADER } },
  { key: 'contactPhone', label: 'Klimakontaktens telefon', match: { all: [['kontakt', 'telefon'], ['kontakt', 'mobil'], ['telefon']], none: LEADER } },
  { key: 'tier', label: 'Medlem eller partner', match: { all: [['onsker a bli'], ['medlem', 'partner'], ['medlemstype']] } },
  { key: 'certification', label: 'Miljøsertifisering', match: { all: [['miljosertifisering'], ['sertifisering'], ['sertifisert']] } },
  { key: 'climateAccounts', label: 'Klimaregnskap', match: { all: [['klimaregnskap']] } },
  { key: 'measures', label: 'Tiltak', match: { all: [['tiltak']] } },
  { key: 'formId', label: 'Skjemaets id', match: { all: [['skjema', 'id'], ['svar', 'id']], exact: ['id'] } },
] as const satisfies readonly { key: string; label: string; match: Match }[]

export type FormField = (typeof FORM_FIELDS)[number]['key']
/** Field → column index, -1 for "not in the file". */
export type FormMapping = Record<FormField, number>

/** Fields a row cannot do without. */
export const REQUIRED_FORM_FIELDS: readonly FormField[] = ['name', 'submittedAt', 'formId']

const fold = (header: string): string => foldText(header).replace(/[_:?]/g, ' ').replace(/\s+/g, ' ').trim()

/** How well a header fits a field: 0 for not at all; more words matched and earlier alternatives score higher. */
export function headerScore(match: Match, header: string): number {
  const h = fold(header)
  if (!h) return 0
  if (match.exact?.includes(h)) return 100
  if (match.none?.some((w) => h.includes(w))) return 0
  let best = 0
  match.all.forEach((words, i) => {
    if (words.every((w) => h.includes(w))) best = Math.max(best, 10 * words.length - i + (h === words.join(' ') ? 5 : 0))
  })
  return best
}

export function guessFormMapping(header: readonly string[]): FormMapping {
  const pairs: { field: FormField; column: number; score: number }[] = []
  for (const field of FORM_FIELDS) {
    header.forEach((h, column) => {
      const score = headerScore(field.match, h)
      if (score > 0) pairs.push({ field: field.key, column, score })
    })
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping = Object.fromEntries(FORM_FIELDS.map((f) => [f.key, -1])) as FormMapping
  const used = new Set<number>()
  for (const { field, column } of pairs) {
    if (mapping[field] >= 0 || used.has(column)) continue
    mapping[field] = column
    used.add(column)
  }
  return mapping
}

/** A remembered mapping wins where it still fits the file's columns; the guess fills the rest. */
export function rememberedOrGuessedForm(header: readonly string[], remembered: Record<string, number> | undefined): FormMapping {
  const out = guessFormMapping(header)
  if (!remembered) return out
  for (const field of FORM_FIELDS) {
    const index = remembered[field.key]
    if (typeof index === 'number' && index >= -1 && index < header.length) out[field.key] = index
  }
  return out
}

/** Fields mapped to the same column (the user chose so by hand): each pair is named so it is never silent. */
export function sharedColumns(mapping: FormMapping): FormField[][] {
  const byColumn = new Map<number, FormField[]>()
  for (const field of FORM_FIELDS) {
    const column = mapping[field.key]
    if (column >= 0) byColumn.set(column, [...(byColumn.get(column) ?? []), field.key])
  }
  return [...byColumn.values()].filter((fields) => fields.length > 1)
}

/** The first two non-empty values of a column, shown beside the field so the user can check it. */
export function sampleValues(rows: readonly string[][], column: number, count = 2): string[] {
  if (column < 0) return []
  const out: string[] = []
  for (const row of rows) {
    const value = (row[column] ?? '').trim()
    if (value) out.push(value.length > 60 ? `${value.slice(0, 57)}…` : value)
    if (out.length === count) break
  }
  return out
}

/** A header names the form when it holds both the tier question and a top leader column. */
export function looksLikeApplicationForm(header: readonly string[]): boolean {
  const mapping = guessFormMapping(header)
  return mapping.tier >= 0 && mapping.leaderName >= 0 && mapping.submittedAt >= 0
}
