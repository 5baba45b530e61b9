/**
 * Where a row of each table refers to an organisation or a person, and how it is moved from the
 * merged-away record to the survivor. Every table of the database has an entry (null: it never
 * refers to one), so a table added later must be classified here before the repository compiles
 * (it checks the keys against the schema's tables) and the merge test passes.
 */
import { SYNC_STORES, type SyncStore } from '../sync/records'

export type Row = Record<string, unknown>
/** The row with `from` replaced by `to`, or null when the row does not refer to `from`. */
export type Mover = (row: Row, from: string, to: string) => Row | null
export type MergeKind = 'organisations' | 'people'

function field(name: string): Mover {
  return (row, from, to) => (row[name] === from ? { ...row, [name]: to } : null)
}

/** A list of ids is a set: the survivor appears once, where either was. */
function idSet(name: string): Mover {
  return (row, from, to) => {
    const ids = row[name]
    if (!Array.isArray(ids) || !ids.includes(from)) return null
    return { ...row, [name]: [...new Set(ids.map((id) => (id === from ? to : id)))] }
  }
}

/**
 * History follows the record: audit entries about the merged-away record are the survivor's. Not its
 * emptying («slettet for godt»): that is about the merged-away record alone (a duplicate emptied with
 * its survivor has its own), and sync never moves it; moved, the survivor would hold two.
 */
function auditOf(table: MergeKind): Mover {
  return (row, from, to) => (row.table === table && row.entityId === from && row.action !== 'erase' ? { ...row, entityId: to } : null)
}

/** Files attached to the record itself (none today, but the shape allows it). */
function ownedBy(table: MergeKind): Mover {
  return (row, from, to) => (row.ownerTable === table && row.ownerId === from ? { ...row, ownerId: to } : null)
}

/** A lunch's speaking order: the survivor keeps one slot (the first of the two, the longer time). */
const speakingOrder: Mover = (row, from, to) => {
  const lunch = row.lunch as { speakingOrder?: { organisationId: string; minutes: number }[] } | null | undefined
  const order = lunch?.speakingOrder
  if (!lunch || !order?.some((s) => s.organisationId === from)) return null
  const slots: { organisationId: string; minutes: number }[] = []
  for (const slot of order) {
    const id = slot.organisationId === from ? to : slot.organisationId
    const known = slots.find((s) => s.organisationId === id)
    if (known) known.minutes = Math.max(known.minutes, slot.minutes)
    else slots.push({ ...slot, organisationId: id })
  }
  return { ...row, lunch: { ...lunch, speakingOrder: slots } }
}

/**
 * A record merged earlier into the one now merged away is merged into the survivor: `mergedInto`
 * always names the record that holds it, never a chain (C into B, then B into A: C names A), so
 * whatever follows it (a link, an erasure of the survivor's copies) reaches the record that stands.
 * Never onto itself: that would be a cycle, which sync's rule (merge-chains.ts) breaks.
 */
const mergedInto: Mover = (row, from, to) => (row.mergedInto === from && row.id !== to ? { ...row, mergedInto: to } : null)

function both(...movers: Mover[]): Mover {
  return (row, from, to) => {
    let out: Row | null = null
    for (const move of movers) out = move(out ?? row, from, to) ?? out
    return out
  }
}

/**
 * Sync's own bookkeeping (messages sent or waiting, stamps per cell, files, conflicts) records what
 * happened to each id; the merge's own writes become new messages, so nothing there moves.
 */
const UNMOVED_SYNC_STORES = Object.fromEntries(SYNC_STORES.map((s) => [s, null])) as Readonly<Record<SyncStore, null>>

/**
 * Organisations. In `organisations` only records merged earlier into the merged-away one move: the
 * two records themselves are written by the merge.
 * `erasures` never changes (a ledger only grows); `diets` and `invitationLog` name people and events.
 */
export const ORGANISATION_REFERENCES = {
  organisations: mergedInto,
  statusEvents: field('organisationId'),
  people: field('organisationId'),
  sectors: null,
  events: both(idSet('invitedOrganisationIds'), speakingOrder),
  registrations: field('organisationId'),
  seatingPlans: null,
  annualReports: field('organisationId'),
  contracts: field('organisationId'),
  contractTemplates: null,
  attachments: ownedBy('organisations'),
  settings: null,
  auditLog: auditOf('organisations'),
  syncLog: null,
  erasures: null,
  invitationLog: null,
  applications: field('organisationId'),
  device: null,
  diets: null,
  registerRows: null,
  ...UNMOVED_SYNC_STORES,
} as const satisfies Record<string, Mover | null>

/** People. In `people` only records merged earlier into the merged-away one move (as above). */
export const PERSON_REFERENCES = {
  organisations: idSet('trashedPersonIds'),
  statusEvents: null,
  people: mergedInto,
  sectors: null,
  events: null,
  registrations: field('personId'),
  seatingPlans: null,
  annualReports: null,
  contracts: field('signatoryPersonId'),
  contractTemplates: null,
  attachments: ownedBy('people'),
  settings: null,
  auditLog: auditOf('people'),
  syncLog: null,
  erasures: null,
  invitationLog: field('personId'),
  applications: null,
  device: null,
  diets: field('personId'),
  registerRows: null,
  ...UNMOVED_SYNC_STORES,
} as const satisfies Record<string, Mover | null>

export type ReferenceTable = keyof typeof ORGANISATION_REFERENCES

/**
 * The top-level fields the movers above change, per kind and table (not the history, which sync
 * leaves where its author wrote it). Sync derives each from the value its winning message holds, so
 * it keeps that value beside the cell (sync-merge-graph.ts). Set fields (a list of ids) are not here:
 * their elements are cells of their own.
 */
export const REFERENCE_FIELDS: Readonly<Record<MergeKind, Readonly<Record<string, readonly string[]>>>> = {
  organisations: {
    organisations: ['mergedInto'],
    statusEvents: ['organisationId'],
    people: ['organisationId'],
    events: ['lunch'],
    registrations: ['organisationId'],
    annualReports: ['organisationId'],
    contracts: ['organisationId'],
    attachments: ['ownerId'],
    applications: ['organisationId'],
  },
  people: {
    people: ['mergedInto'],
    registrations: ['personId'],
    contracts: ['signatoryPersonId'],
    attachments: ['ownerId'],
    invitationLog: ['personId'],
    diets: ['personId'],
  },
}

/** The set fields the movers change (lists of ids): what a scan for references must look in too. */
export const REFERENCE_SETS: Readonly<Record<MergeKind, Readonly<Record<string, readonly string[]>>>> = {
  organisations: { events: ['invitedOrganisationIds'] },
  people: { organisations: ['trashedPersonIds'] },
}

/** Words for the preview: "3 påmeldinger, 1 kontrakt flyttes". */
export const MOVED_WORDS: Readonly<Record<string, readonly [one: string, many: string]>> = {
  statusEvents: ['statusendring', 'statusendringer'],
  people: ['person', 'personer'],
  events: ['invitasjon til arrangement', 'invitasjoner til arrangementer'],
  registrations: ['påmelding', 'påmeldinger'],
  annualReports: ['årsrapport', 'årsrapporter'],
  contracts: ['kontrakt', 'kontrakter'],
  attachments: ['vedlegg', 'vedlegg'],
  auditLog: ['historikkoppføring', 'historikkoppføringer'],
  applications: ['søknad', 'søknader'],
  organisations: ['papirkurvoppføring', 'papirkurvoppføringer'],
  invitationLog: ['invitasjonslogglinje', 'invitasjonslogglinjer'],
  diets: ['kostbehov', 'kostbehov'],
}

/** "3 påmeldinger, 1 kontrakt"; history last; empty when nothing moves. */
export function movedText(counts: Readonly<Record<string, number>>): string {
  const tables = Object.keys(counts).filter((t) => (counts[t] ?? 0) > 0).sort((a, b) => Number(a === 'auditLog') - Number(b === 'auditLog'))
  return tables
    .map((t) => {
      const n = counts[t] ?? 0
      const [one, many] = MOVED_WORDS[t] ?? ['rad', 'rader']
      return `${n} ${n === 1 ? one : many}`
    })
    .join(', ')
}
