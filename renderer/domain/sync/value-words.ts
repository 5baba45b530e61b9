/**
 * The parts of a structured value (criteria, a checklist, a lunch, a settings map) in words: each
 * part that differs from the other side, by its label, its value as the secretariat reads it. An id
 * is named by its record, a date written the Norwegian way, never JSON.
 */
import { CRITERION_LABELS } from '../criteria/labels'
import { ASSESSMENT_LABELS, CERTIFICATION_LABELS, EXPECTATION_LABELS } from '../organisation/labels'
import { RULE_NAMES } from '../seating/labels'
import { formatDate, formatTimestamp, isDateOnly } from '../../lib/dates'
import { stableText } from './fields'
import { referenceInWords, type RowLookup } from './record-words'

/** Text cut at a word near `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

/** Labels of the parts of structured fields; a part not listed shows its key. */
const KEY_WORDS: Readonly<Record<string, string>> = {
  ...CRITERION_LABELS,
  ...EXPECTATION_LABELS,
  certification: 'Miljøsertifisering',
  status: 'Status',
  note: 'Notat',
  kind: 'Type',
  validUntil: 'Gyldig til',
  strategy: 'Strategi',
  emissionsAccounts: 'Klimaregnskap',
  kept: 'Føres',
  scope1: 'Scope 1',
  scope2: 'Scope 2',
  scope3: 'Scope 3',
  tool: 'Verktøy',
  reductionTarget: 'Reduksjonsmål',
  baseYear: 'Basisår',
  targetYear: 'Målår',
  percent: 'Prosent',
  supplierRequirements: 'Krav til leverandører',
  measuresDone: 'Tiltak gjennomført',
  measuresPlanned: 'Tiltak planlagt',
  partner: 'Partner',
  klimapartnereDate: 'Klimapartnere-dato',
  tonnes: 'Tonn CO₂e',
  commissionerName: 'Byrådens navn',
  commissionerTitle: 'Byrådens tittel',
  maxOrganisations: 'Maks virksomheter',
  maxGuestsPerOrganisation: 'Maks gjester per virksomhet',
  hosts: 'Verter',
  name: 'Navn',
  title: 'Tittel',
  welcomeMinutes: 'Minutter velkomst',
  signingMinutes: 'Minutter signering',
  speakingOrder: 'Taleliste',
  organisationId: 'Virksomhet',
  minutes: 'Minutter',
  signingRegisteredAt: 'Signering registrert',
  tables: 'Bord',
  shape: 'Form',
  seats: 'Plasser',
  assignment: 'Plassering',
  locked: 'Låste plasser',
  rules: 'Regler',
  weights: 'Vekter',
  organisationMode: 'Virksomheter',
  // The seating rules as the rules panel names them.
  ...RULE_NAMES,
  sequence: 'Versjon',
  fingerprint: 'Innhold',
  from: 'Fra',
  to: 'Til',
}
const VALUE_WORDS: Readonly<Record<string, string>> = { ...ASSESSMENT_LABELS, ...CERTIFICATION_LABELS, together: 'sammen', apart: 'spredt', round: 'rundt', rect: 'avlangt' }

const UUID_PART = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const UUID = new RegExp(`^${UUID_PART}$`, 'i')
const isUuid = (v: string): boolean => UUID.test(v)
const hasUuid = (v: string): boolean => new RegExp(UUID_PART, 'i').test(v)

/** A part's label; a seat ("<table id>:3") is "plass 4", a list's element "nr. 2"; an id is never shown. */
export function keyWord(key: string): string {
  const seat = /:(\d+)$/.exec(key)
  if (seat && hasUuid(key)) return `plass ${Number(seat[1]) + 1}`
  if (/^#\d+$/.test(key)) return `nr. ${Number(key.slice(1)) + 1}`
  return KEY_WORDS[key] ?? key.replace(new RegExp(UUID_PART, 'gi'), '…')
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** One plain value: a reference by name, a date the Norwegian way, text in «». */
export function leafInWords(value: unknown, lookup: RowLookup): string {
  if (value === undefined || value === null || value === '') return '(tomt)'
  if (typeof value === 'boolean') return value ? 'ja' : 'nei'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    if (isUuid(value)) return referenceInWords(undefined, value, lookup)
    if (isDateOnly(value)) return formatDate(value)
    // A time with a zone is shown in Oslo time; the application form's local times as they were written.
    if (ISO_TIME.test(value)) return /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? formatTimestamp(value) : `${formatDate(value)} kl. ${value.slice(11, 16).replace(':', '.')}`
    if (value in VALUE_WORDS) return VALUE_WORDS[value]!
    if (hasUuid(value)) return keyWord(value)
    return `«${shorten(value, 80)}»`
  }
  if (Array.isArray(value)) return value.length === 0 ? '(ingen)' : value.map((v) => leafInWords(v, lookup)).join(', ')
  return '…'
}

type Leaf = { path: string[]; value: unknown }

/** Lists of plain values stay whole ("Oslo, Asker"); objects and lists of objects are walked. */
function leaves(value: unknown, path: string[] = [], depth = 0): Leaf[] {
  const plainList = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')
  if (value === null || typeof value !== 'object' || plainList || value instanceof Uint8Array || depth > 5) return [{ path, value }]
  // A list's elements are "nr. 1", "nr. 2"; a part's own id is no content anyone reads; a key that is an id is left out of the path.
  const entries = Array.isArray(value) ? value.map((v, i) => [`#${i}`, v] as const) : Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'id')
  return entries.flatMap(([k, v]) => (isUuid(k) ? leaves(v, [...path], depth + 1) : leaves(v, [...path, k], depth + 1)))
}

/** The parts of `value` that differ from `other` (every part when there is no other side). */
export function differingLeaves(value: unknown, other: unknown): Leaf[] {
  const mine = leaves(value)
  if (other === undefined) return mine
  const key = (l: Leaf) => l.path.join('\u0000')
  const theirs = new Map(leaves(other).map((l) => [key(l), l]))
  const differing = mine.filter((l) => stableText(theirs.get(key(l))?.value) !== stableText(l.value))
  const gone = [...theirs.values()].filter((l) => !mine.some((m) => key(m) === key(l))).map((l) => ({ path: l.path, value: undefined }))
  return [...differing, ...gone]
}
