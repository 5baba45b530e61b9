/**
 * Spreadsheet rows as organisations to import: each checked (name, MOD11 organisation number,
 * tier, status, date, sector, contact person: names, e-mail and phone by the register's own rules)
 * and compared with the register and the rest of the file by the one duplicate rule, so the
 * preview can warn about duplicates; a row with a problem cannot be ticked.
 */
import type { PipelineStatus, Tier } from '../../organisation/types'
import { isDateOnly, parseNorwegianDate } from '../../../lib/dates'
import { isValidOrgNumber, normaliseOrgNumber } from '../../../../electron/shared/org-number'
import { foldText } from '../../../lib/text-fold'
import { organisationMatcher } from '../../organisation/duplicates'
import { organisationNameError, sectorNameError, validatePerson } from '../../organisation/validation'
import type { ColumnMapping, SheetField } from './mapping'

export type SheetKind = 'register' | 'applications'

export type Candidate = {
  /** Line in the file (the header is line 1). */
  line: number
  name: string
  orgNumber: string
  sector: string
  tier: Tier
  status: PipelineStatus
  signedDate: string | null
  person: { name: string; title: string; email: string; phone: string } | null
  problems: string[]
  duplicates: string[]
}

export type ExistingOrganisation = { name: string; orgNumber: string }

const STATUS_WORDS: Record<string, PipelineStatus> = {
  soker: 'soker', 'søker': 'soker', godkjent: 'godkjent', invitert: 'invitert', medlem: 'medlem', aktiv: 'medlem',
  // The app's own words for the signed state (its exports say "Partner" for a signed partner).
  signert: 'medlem', partner: 'medlem',
  utmeldt: 'utmeldt', 'meldt ut': 'utmeldt', avslatt: 'avslatt', 'avslått': 'avslatt',
}

function parseDate(value: string): string | null | 'invalid' {
  if (!value) return null
  if (isDateOnly(value)) return value
  return parseNorwegianDate(value) ?? 'invalid'
}

export function buildCandidates(rows: string[][], mapping: ColumnMapping, kind: SheetKind, existing: ExistingOrganisation[]): Candidate[] {
  // The one duplicate rule (domain/organisation/duplicates): against the register, and against the file's earlier rows.
  const register = organisationMatcher(existing)
  const earlier = organisationMatcher<ExistingOrganisation & { line: number }>()
  return rows.map((row, i) => {
    const line = i + 2
    const get = (field: SheetField) => (mapping[field] >= 0 ? (row[mapping[field]] ?? '').trim() : '')
    const problems: string[] = []
    const duplicates: string[] = []
    const name = get('name').replace(/\s+/g, ' ')
    // The editor's own rules: required, not too long, only characters the PDF font can draw.
    const nameProblem = organisationNameError(name)
    if (nameProblem) problems.push(nameProblem)
    const orgNumber = normaliseOrgNumber(get('orgNumber'))
    if (orgNumber && !isValidOrgNumber(orgNumber)) problems.push(`Organisasjonsnummeret ${get('orgNumber')} er ikke gyldig (kontrollsifferet stemmer ikke).`)
    const tierText = foldText(get('tier'))
    // Without a tier column, a status that says "Partner" says the tier too.
    const tier: Tier = tierText.includes('partner') || (!tierText && foldText(get('status')) === 'partner') ? 'partner' : 'medlem'
    if (tierText && !['partner', 'medlem'].some((w) => tierText.includes(w))) problems.push(`«${get('tier')}» er verken medlem eller partner.`)
    const statusText = get('status').toLowerCase()
    const status: PipelineStatus = kind === 'applications' ? 'soker' : (STATUS_WORDS[statusText] ?? STATUS_WORDS[foldText(statusText)] ?? (statusText ? 'soker' : 'medlem'))
    if (kind === 'register' && statusText && !STATUS_WORDS[statusText] && !STATUS_WORDS[foldText(statusText)]) problems.push(`Ukjent status «${get('status')}».`)
    const date = parseDate(get('signedDate'))
    if (date === 'invalid') problems.push(`Datoen «${get('signedDate')}» ser ikke riktig ut (skriv 28.11.2026).`)
    const sector = get('sector')
    const sectorProblem = sector ? sectorNameError(sector) : null
    if (sectorProblem) problems.push(`Bransje: ${sectorProblem}`)
    const personName = get('personName')
    const email = get('personEmail')
    const person = personName || email ? { name: personName || email, title: get('personTitle'), email, phone: get('personPhone') } : null
    // The contact person is checked as the person form checks one (the import makes them klimakontakt).
    if (person) problems.push(...Object.values(validatePerson({ ...person, roles: ['klimakontakt'] })).map((p) => `Kontaktperson: ${p}`))

    const identity = { name, orgNumber }
    const known = register.find(identity)
    if (known) duplicates.push(known.by === 'orgNumber' ? `Organisasjonsnummeret finnes allerede (${known.match.name}).` : `Navnet finnes allerede (${known.match.name}).`)
    const repeated = earlier.find(identity)
    if (repeated) duplicates.push(repeated.by === 'orgNumber' ? `Samme organisasjonsnummer som linje ${repeated.match.line}.` : `Samme navn som linje ${repeated.match.line}.`)
    earlier.add({ ...identity, line })

    return { line, name, orgNumber, sector, tier, status, signedDate: date === 'invalid' ? null : date, person, problems, duplicates }
  })
}

/** Rows ticked by default: nothing wrong and no duplicate warning. */
export const tickedByDefault = (c: Candidate): boolean => c.problems.length === 0 && c.duplicates.length === 0
