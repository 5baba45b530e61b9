/**
 * Erasure that no file can undo. The ledger lists erased people and emptied organisations (ids and
 * dates only). It travels in every export; an import unites it with the local one and applies it
 * to every row it writes: a row for someone in it lands as the same tombstone the erasure writes,
 * and audit entries about an erased person or an emptied organisation (by id, or quoting a name,
 * e-mail or organisation number) say "slettet person" and keep no changes, whatever the file says.
 * Pure: the erasure itself (privacy-repo, trash-repo) and every import use these same functions.
 */
import type { Row, TableData } from './envelope'
import { instant } from './timestamps'

export const ERASED_PERSON_LABEL = 'slettet person'
/** The audit entry the erasure itself writes; it names nobody, so it keeps its own wording. */
export const ERASE_SUMMARY = `En ${ERASED_PERSON_LABEL}: opplysningene er fjernet for godt`
/** The entry emptying the trash writes about each organisation: it names nothing either. */
export const ORGANISATION_ERASE_SUMMARY = 'En virksomhet ble slettet for godt da papirkurven ble tømt'

export type LedgerTable = 'people' | 'organisations'
export type LedgerEntry = { id: string; table: LedgerTable; erasedAt: string }
/** Entries by id. */
export type Ledger = Map<string, LedgerEntry>

/** Adds a line, or keeps the earlier erasure of the same id: a ledger only ever grows. */
export function addToLedger(ledger: Ledger, entry: LedgerEntry): void {
  const known = ledger.get(entry.id)
  if (!known || instant(entry.erasedAt) < instant(known.erasedAt)) ledger.set(entry.id, { id: entry.id, table: entry.table, erasedAt: entry.erasedAt })
}

/**
 * The ledger that tables imply: their own `erasures`, plus people and organisations already
 * tombstoned (written before the ledger existed). Adds to `into` when given.
 */
export function ledgerOf(data: TableData, into: Ledger = new Map()): Ledger {
  for (const r of data.erasures ?? []) addToLedger(into, { id: String(r.id), table: r.table === 'organisations' ? 'organisations' : 'people', erasedAt: String(r.erasedAt) })
  for (const table of ['people', 'organisations'] as const) {
    data[table]?.forEach((r) => {
      if (typeof r.erasedAt === 'string') addToLedger(into, { id: String(r.id), table, erasedAt: r.erasedAt })
    })
  }
  return into
}

/** Oldest first, then by id: the same ledger is always the same rows. */
export function ledgerRows(ledger: Ledger): Row[] {
  return [...ledger.values()].sort((a, b) => instant(a.erasedAt) - instant(b.erasedAt) || a.id.localeCompare(b.id))
}

export function erasedPerson(p: Row, at: string): Row {
  return { ...p, name: '', title: '', email: '', phone: '', roles: [], deletedAt: p.deletedAt ?? at, erasedAt: at, updatedAt: at }
}

function blankAssessments(value: unknown): Row {
  const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : []
  return Object.fromEntries(keys.map((k) => [k, { status: 'ukjent', note: '' }]))
}

export function emptiedOrganisation(o: Row, at: string): Row {
  return {
    ...o,
    name: '',
    orgNumber: '',
    address: { street: '', postalCode: '', municipality: '' },
    website: '',
    notes: '',
    partnerFee: [],
    certification: { kind: null, validUntil: null, note: '' },
    criteria: blankAssessments(o.criteria),
    expectations: blankAssessments(o.expectations),
    deletedAt: o.deletedAt ?? at,
    erasedAt: at,
    updatedAt: at,
  }
}

export function emptiedStatusEvent(e: Row, at: string): Row {
  return { ...e, note: '', deletedAt: e.deletedAt ?? at, updatedAt: at }
}

/**
 * An entry with nothing of what it was about. Pure in the row, so every laptop (the eraser, a laptop
 * that learns of it through sync, an import) writes the same: an erasure's own entry gets the
 * erasure's wording, which names nobody (an older version named the emptied organisation there);
 * every other says "slettet person", the wording sync's redaction of older folder files looks for
 * (sync-repo `isErasedRow`), also when it was about an organisation.
 */
export function anonymisedEntry(e: Row): Row {
  const erase = e.table === 'organisations' ? ORGANISATION_ERASE_SUMMARY : ERASE_SUMMARY
  return { ...e, summary: e.action === 'erase' ? erase : ERASED_PERSON_LABEL, changes: {} }
}

const longEnough = (values: unknown[]) => values.map((t) => (typeof t === 'string' ? t.trim() : '')).filter((t) => t.length >= 3)

/** Name and e-mail of a person, as they may appear in audit summaries; short ones would match too much. */
export function tracesOf(person: Row): string[] {
  return longEnough([person.name, person.email])
}

/**
 * Name and organisation number of an organisation, as other records' history quotes them ("«name»
 * invitert", a merge's "Slått sammen med «name» (org.nr. …)"). Its other fields appear only in its
 * own entries, found by id.
 */
export function organisationTracesOf(org: Row): string[] {
  return longEnough([org.name, org.orgNumber])
}

/**
 * What emptying these organisations must take out of the history: the ids of the organisations,
 * their people and their status events (entries about them), their people's names and e-mails, and
 * the organisations' names and numbers (`quoted`) that entries about other records may quote.
 */
export function emptiedTraces(orgs: readonly Row[], people: readonly Row[], statusEvents: readonly Row[]): { ids: Set<string>; traces: string[]; quoted: string[] } {
  const ids = new Set([...orgs, ...people, ...statusEvents].map((r) => String(r.id)))
  return { ids, traces: people.flatMap(tracesOf), quoted: orgs.flatMap(organisationTracesOf) }
}

/**
 * Entries about an organisation or a person are found by their id, never by an emptied
 * organisation's name: "Bygg AS" emptied must not take the history of a live "Bygg AS Oslo".
 */
const RECORDS: ReadonlySet<unknown> = new Set(['organisations', 'people'])

/**
 * Whether an audit entry is about one of the erased, by id or by mentioning a name or e-mail, or
 * (`quoted`: an emptied organisation's name or number) an entry about something else that quotes it.
 */
export function isAbout(entry: Row, ids: ReadonlySet<string>, traces: readonly string[], quoted: readonly string[] = []): boolean {
  // An entry that reached a laptop only as redacted messages has no summary or changes at all.
  const mentions = (t: string) => String(entry.summary ?? '').includes(t) || JSON.stringify(entry.changes ?? {}).includes(t)
  return ids.has(String(entry.entityId)) || traces.some(mentions) || (!RECORDS.has(entry.table) && quoted.some(mentions))
}

/** Whether a person or organisation row still holds what the erasure removes. */
export function holdsContent(table: LedgerTable, row: Row): boolean {
  const fields = table === 'people' ? [row.name, row.title, row.email, row.phone] : [row.name, row.orgNumber, row.website, row.notes]
  return fields.some((f) => typeof f === 'string' && f !== '') || (table === 'people' && Array.isArray(row.roles) && row.roles.length > 0)
}

/** Person and organisation rows the ledger covered, tombstones included, and how many still held content. */
export type ErasedCounts = { people: number; organisations: number; withContent: number }
export type LedgerApplied = { data: TableData; erased: ErasedCounts }

/**
 * The same tables with the ledger applied; only changed tables get new arrays. People of an
 * emptied organisation are erased with it and join the ledger (it is changed in place).
 * `traces` adds names and e-mails known from elsewhere (the file's rows, before erasure).
 */
export function applyLedger(data: TableData, ledger: Ledger, traces: readonly string[] = [], quoted: readonly string[] = []): LedgerApplied {
  const out: TableData = { ...data }
  const erased: ErasedCounts = { people: 0, organisations: 0, withContent: 0 }
  const emptied = new Map<string, string>()
  for (const e of ledger.values()) if (e.table === 'organisations') emptied.set(e.id, e.erasedAt)
  const count = (table: LedgerTable, row: Row) => {
    erased[table]++
    if (holdsContent(table, row)) erased.withContent++
  }
  // Entries about an emptied organisation, or one of its status events, name what it held.
  const erasedIds = new Set<string>(emptied.keys())
  const knownTraces = [...traces]
  const knownQuoted = [...quoted]
  if (out.organisations && emptied.size > 0) {
    out.organisations = out.organisations.map((o) => {
      const at = emptied.get(String(o.id))
      if (at === undefined) return o
      count('organisations', o)
      knownQuoted.push(...organisationTracesOf(o))
      return emptiedOrganisation(o, at)
    })
  }
  for (const e of ledger.values()) if (e.table === 'people') erasedIds.add(e.id)
  if (out.people && ledger.size > 0) {
    out.people = out.people.map((p) => {
      const id = String(p.id)
      const entry = ledger.get(id)
      const at = entry?.table === 'people' ? entry.erasedAt : emptied.get(String(p.organisationId))
      if (at === undefined) return p
      count('people', p)
      knownTraces.push(...tracesOf(p))
      addToLedger(ledger, { id, table: 'people', erasedAt: at })
      erasedIds.add(id)
      return erasedPerson(p, at)
    })
  }
  if (out.statusEvents && emptied.size > 0) {
    out.statusEvents = out.statusEvents.map((e) => {
      const at = emptied.get(String(e.organisationId))
      if (at === undefined) return e
      erasedIds.add(String(e.id))
      return emptiedStatusEvent(e, at)
    })
  }
  // The invitation log names its recipients: an erased person's lines keep date and kind only.
  if (out.invitationLog && erasedIds.size > 0) {
    out.invitationLog = out.invitationLog.map((r) =>
      erasedIds.has(String(r.personId)) ? { ...r, recipientName: ERASED_PERSON_LABEL, email: '', fileName: '' } : r,
    )
  }
  if (out.auditLog && (erasedIds.size > 0 || knownTraces.length > 0 || knownQuoted.length > 0)) {
    const entries = out.auditLog.map((e) => (isAbout(e, erasedIds, knownTraces, knownQuoted) ? anonymisedEntry(e) : e))
    if (entries.some((e, i) => e !== out.auditLog?.[i])) out.auditLog = entries
  }
  return { data: out, erased }
}
