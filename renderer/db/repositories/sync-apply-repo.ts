/**
 * Applies other laptops' files (issue 16) in ONE transaction, with the cursors that say they were
 * applied: a file is applied whole or not at all, and never twice.
 *
 * Per cell the latest clock wins. An erasure wins over every edit: erasure lines are applied first,
 * and a row in the ledger keeps its tombstone whatever arrives. A true conflict (neither change had
 * seen the other) is recorded once under an id made of both stamps; the value is still the latest
 * clock's, so every laptop holds the same data at once. A change that had seen both sides settles it.
 * A stamp too far ahead of this laptop's wall clock refuses that laptop's file, naming the laptop.
 */
import type { Table } from 'dexie'
import type { SyncBatch } from '../../../electron/shared/channels/sync'
import type { SyncMessage } from '../../../electron/shared/sync-message'
import type { Row } from '../../domain/backup/envelope'
import { anonymisedEntry, anonymisedIfAbout, emptiedOrganisation, ERASED_ORGANISATION_LABEL, ERASED_PERSON_LABEL, emptiedStatusEvent, erasedPerson, forgottenOf, formerTracesOf, ledgerOf, liveOrganisationsOf, organisationTracesOf, tracesOf, type Ledger, type LedgerEntry, type LiveOrganisation } from '../../domain/backup/erasure-ledger'
import { conflictId, fileIndex, hasSeen, isConcurrent } from '../../domain/sync/causality'
import { canConflict, canonicalSet, cellKey, decodeValue, encodeValue, ERASED_FIELDS, fieldKey, isSetField, stableText } from '../../domain/sync/fields'
import type { SyncCell, SyncConflict, SyncState } from '../../domain/sync/records'
import { aheadOfWallClock, ensureClock, lastStamp, MAX_DRIFT_MS, receive, saveClock } from '../../lib/sync/clock'
import { recordInClock } from '../../lib/sync/merkle'
import { CRITERION_KEYS } from '../../domain/criteria/labels'
import { EXPECTATION_KEYS } from '../../domain/organisation/labels'
import { db } from '../db'
import { markApplying } from '../sync-middleware'
import { nowIso } from './base'
import { boundTo } from './bound-tables'
import { cellReader, heldValue } from './sync-cells'
import { mergedAwayHook } from './sync-merged-away'
import { takeBackErasedLandings } from './sync-erased-landings'
import { answerTracesHere, emptyEmptiedApplications, emptyErasedAnswers, forgetEmptiedApplicationConflicts, madeBeforeErasure } from './sync-erased-answers'
import { forgetTombstone } from './sync-tombstone'
import { emptyMergedIntoEmptied, eraseMergedIntoErased, recordEmptiedCopies } from './sync-erased-duplicates'
import { isTombstoneField } from '../../domain/organisation/merged-edits'
import { blankingIn } from './sync-old-blanking'

export type ApplyOutcome = { applied: number; files: number; conflicts: number; problems: string[]; cursors: Record<string, number> }

const ERASABLE = new Set(['people', 'organisations', 'statusEvents'])

export async function applyBatches(batches: readonly SyncBatch[]): Promise<ApplyOutcome> {
  const database = db()
  return database.transaction('rw', database.tables, async (tx) => {
    // Every read and write below goes to this transaction by name, not through Dexie's zone (bound-tables.ts).
    const d = boundTo(database, tx)
    const trans = (tx as unknown as { idbtrans: object }).idbtrans
    markApplying(trans, true)
    const state = (await d.syncState.get('this')) as SyncState | undefined
    if (!state?.enabled) return { applied: 0, files: 0, conflicts: 0, problems: [], cursors: {} }
    ensureClock(state.installId, state.clock)
    const me = state.installId
    const upTo = lastStamp()
    const waiting = await d.syncOutbox.count()
    const tables = new Map(d.tables.map((t) => [t.name, t as Table<Row, string>]))
    const files = fileIndex(await d.syncFiles.toArray())
    const ledger: Ledger = ledgerOf({ erasures: (await d.erasures.toArray()) as Row[] })
    const erasedBefore = new Set(ledger.keys())
    const cursors = { ...state.cursors }
    const rows = new Map<string, Row | null>()
    const dirty = new Set<string>()
    const cells = new Map<string, SyncCell | null>()
    const conflicts = new Map<string, SyncConflict>()
    const problems: string[] = []
    const refused = new Set<string>()
    let applied = 0
    let fileCount = 0
    const stamps: string[] = []

    const rowOf = async (table: string, id: string): Promise<Row | null> => {
      const key = `${table}|${id}`
      if (!rows.has(key)) rows.set(key, ((await tables.get(table)?.get(id)) as Row | undefined) ?? null)
      return rows.get(key) ?? null
    }
    const readCells = cellReader(d.syncCells)
    const cellOf = async (key: string): Promise<SyncCell | null> => {
      if (!cells.has(key)) cells.set(key, (await readCells([key]))[0] ?? null)
      return cells.get(key) ?? null
    }
    const openConflictsOf = async (cell: string): Promise<SyncConflict[]> => {
      const stored = await d.syncConflicts.where('cell').equals(cell).toArray()
      const merged = new Map(stored.map((c) => [c.id, c]))
      for (const c of conflicts.values()) if (c.cell === cell) merged.set(c.id, c)
      return [...merged.values()].filter((c) => !c.settledAt)
    }
    const erasedRow = (table: string, row: Row | null): boolean => {
      if (!row) return false
      if (table === 'statusEvents') return ledger.get(String(row.organisationId))?.table === 'organisations'
      return (table === 'people' || table === 'organisations') && ledger.has(String(row.id))
    }
    // The duplicate merge: what other laptops did to a record merged away lands on its survivor.
    const mergedAway = mergedAwayHook({ d, tables, rows, dirty, cells, conflicts, files, me, state, rowOf, cellOf, erased: erasedRow })

    const applyOne = async (m: SyncMessage, batch: SyncBatch) => {
      const table = tables.get(m.table)
      if (!table || m.table.startsWith('sync')) return
      mergedAway.note(m, batch)
      const incoming = { ts: m.timestamp, installId: batch.installId, seq: batch.seq, seen: batch.seen }
      const rowKey = `${m.table}|${m.row}`
      const row = await rowOf(m.table, m.row)
      // A status event is emptied as its organisation is, at the end (enforceErasures): it may leave the
      // emptied organisation yet in this apply (a fork's later merge), and then holds what arrived.
      const blanked = m.redacted === true || (m.table !== 'statusEvents' && erasedRow(m.table, row) && (ERASED_FIELDS[m.table]?.includes(m.field) ?? false))
      if (m.op !== 'set') {
        const key = cellKey(m.table, m.row, m.field, m.value)
        const cur = await cellOf(key)
        if (cur && cur.ts >= m.timestamp) return
        cells.set(key, { id: key, ts: m.timestamp, installId: batch.installId })
        if (blanked) return
        const next: Row = { ...(row ?? { id: m.row }) }
        const list = Array.isArray(next[m.field]) ? (next[m.field] as unknown[]) : []
        const element = decodeValue(m.value)
        const without = list.filter((v) => stableText(encodeValue(v)) !== stableText(m.value))
        next[m.field] = canonicalSet(m.op === 'add' ? [...without, element] : without)
        rows.set(rowKey, next)
        dirty.add(rowKey)
        applied++
        return
      }
      const key = cellKey(m.table, m.row, m.field)
      const cur = await cellOf(key)
      if (cur?.ts === m.timestamp) return
      // A merged-away person's blanked field: the value its message holds is the one to weigh (sync-tombstone.ts).
      const current = encodeValue(isTombstoneField(m.table, m.field) ? heldValue(cur, row?.[m.field]) : row?.[m.field])
      if (cur && !blanked && !erasedRow(m.table, row) && canConflict(m.field) && !isSetField(m.table, m.field) && stableText(current) !== stableText(m.value) && isConcurrent(files, me, incoming, cur) && !(m.table === 'applications' && m.field === 'answers' && (await madeBeforeErasure({ d, files, ledger, cellOf }, row, incoming)))) {
        const id = conflictId(key, cur.ts, m.timestamp)
        const known = conflicts.get(id) ?? (await d.syncConflicts.get(id))
        if (!known) {
          const mine = { ts: cur.ts, installId: cur.installId, userName: cur.installId === me ? state.userName : (files.userNameOf(cur.installId) ?? ''), value: current, op: 'set' as const }
          const theirs = { ts: m.timestamp, installId: batch.installId, userName: batch.userName, value: m.value, op: 'set' as const }
          conflicts.set(id, { id, cell: key, table: m.table, row: m.row, field: m.field, sides: [mine, theirs], detectedAt: nowIso(), settledAt: null, settledBy: null })
        }
      }
      if (cur && cur.ts > m.timestamp) {
        // The cell holds an edit landed from a record merged into this one (sync-stray-edits.ts): a
        // change of this record's own that lost only to it is the own change to give back if the
        // landing is taken back (a fork, an erasure), as on a laptop that never landed it
        // (seed -1177716348: Kari's website and Per's landed one had the same millisecond).
        const own = cur.landed?.own
        if (cur.landed && !blanked && (!own || own.ts < m.timestamp)) cells.set(key, { ...cur, landed: { ...cur.landed, own: { value: decodeValue(m.value), ts: m.timestamp, installId: batch.installId } } })
        return
      }
      // An older version's blanking of a person merge stays the person's change, marked as no edit (sync-old-blanking.ts).
      cells.set(key, blankingIn(batch, m) ? { id: key, ts: m.timestamp, installId: batch.installId, oldBlanking: true } : { id: key, ts: m.timestamp, installId: batch.installId })
      // Only look when there may be open conflicts: a join of 100,000 messages must not query each.
      const maybeOpen = state.openConflicts > 0 || conflicts.size > 0
      for (const c of maybeOpen ? await openConflictsOf(fieldKey(m.table, m.row, m.field)) : []) {
        if (c.sides.every((s) => s.ts !== m.timestamp && hasSeen(files, incoming, s))) {
          conflicts.set(c.id, { ...c, settledAt: nowIso(), settledBy: batch.userName })
        }
      }
      if (blanked) return
      const next: Row = { ...(row ?? { id: m.row }) }
      const value = decodeValue(m.value)
      if (value === undefined) delete next[m.field]
      else if (isSetField(m.table, m.field)) next[m.field] = Array.isArray(next[m.field]) ? next[m.field] : []
      else next[m.field] = value
      rows.set(rowKey, next)
      dirty.add(rowKey)
      if (m.table === 'erasures' && typeof next.erasedAt === 'string' && (next.table === 'people' || next.table === 'organisations')) {
        // The ledger follows the erasure lines as they stand (latest clock), so every laptop reads the same dates.
        ledger.set(m.row, { id: m.row, table: next.table, erasedAt: next.erasedAt })
      }
      applied++
    }

    for (const batch of batches) {
      if (refused.has(batch.installId) || batch.installId === me || batch.seq <= (cursors[batch.installId] ?? 0)) continue
      const ahead = batch.messages.find((m) => aheadOfWallClock(m.timestamp) > MAX_DRIFT_MS)
      if (ahead) {
        const verdict = receive(ahead.timestamp, batch)
        problems.push(verdict.ok ? `Klokken på en annen maskin går for langt foran.` : verdict.message)
        refused.add(batch.installId)
        continue
      }
      for (const m of batch.messages) receive(m.timestamp, batch)
      const sorted = [...batch.messages].sort((a, b) => Number(b.table === 'erasures') - Number(a.table === 'erasures') || (a.timestamp < b.timestamp ? -1 : 1))
      const firstTs = sorted.reduce((min, m) => (m.timestamp < min ? m.timestamp : min), sorted[0]?.timestamp ?? '')
      const lastTs = sorted.reduce((max, m) => (m.timestamp > max ? m.timestamp : max), '')
      const file = { id: `${batch.installId}:${batch.seq}`, installId: batch.installId, userName: batch.userName, seq: batch.seq, firstTs, lastTs, seen: batch.seen }
      files.add(file)
      await d.syncFiles.put(file)
      for (const m of sorted) await applyOne(m, batch)
      stamps.push(...batch.messages.map((m) => m.timestamp))
      cursors[batch.installId] = batch.seq
      fileCount++
    }

    await mergedAway.settle()
    // The people erased in this apply as this laptop knew them (duplicates merged into them too), before their rows are blanked.
    const named = await answerTracesHere(d, rows, ledger, erasedBefore, cells)
    const derived = await enforceErasures(d, rows, dirty, ledger, erasedBefore, state, trans)
    await emptyErasedAnswers({ d, rows, dirty, conflicts }, derived.rows, named)
    // After the ledger's own lines (people of an emptied organisation are in it by now).
    await takeBackErasedLandings({ d, rows, dirty, cells, conflicts }, ledger, erasedBefore)
    for (const [key, row] of rows) {
      if (!row || !dirty.has(key)) continue
      const [table] = key.split('|') as [string]
      // A row emptied here of this laptop's own accord is written as applied first: its blanking is sent below.
      await tables.get(table)?.put(derived.rows.get(key) ?? row)
    }
    await d.syncCells.bulkPut([...cells.values()].filter((c): c is SyncCell => !!c))
    await forgetTombstone(d.syncCells, [...ledger.values()].filter((e) => e.table === 'people' && !erasedBefore.has(e.id)).map((e) => e.id))
    const erasedIds = new Set(ledger.keys())
    await forgetEmptiedApplicationConflicts(d, rows, ledger, conflicts)
    await d.syncConflicts.bulkPut([...conflicts.values()].filter((c) => !erasedIds.has(c.row)))
    if (erasedIds.size > erasedBefore.size) await d.syncConflicts.where('row').anyOf([...erasedIds].filter((id) => !erasedBefore.has(id))).delete()
    // After the apply's cells and conflicts: the blanking's own stamps must not be overwritten by them.
    await publishDerivedErasures(d, trans, rows, derived)
    const open = await d.syncConflicts.filter((c) => !c.settledAt).count()
    recordInClock(stamps)
    const latest = (await d.syncState.get('this')) as SyncState
    const seenLog = waiting > 0 && fileCount > 0 ? [...(latest.seenLog ?? []), { upTo, cursors: { ...state.cursors } }] : (latest.seenLog ?? [])
    await d.syncState.put({ ...latest, cursors, seenLog, openConflicts: open, clock: saveClock() })
    markApplying(trans, false)
    return { applied, files: fileCount, conflicts: [...conflicts.values()].filter((c) => !c.settledAt).length, problems, cursors }
  })
}

/**
 * An emptied organisation's assessments are blanked key by key; a laptop that never received them
 * (they were redacted in the folder) blanks the app's keys, as the eraser's full row has them.
 */
function withEveryKey(row: Row): Row {
  const keys = (value: unknown, all: readonly string[]) => Object.fromEntries([...new Set([...all, ...Object.keys((value as object | undefined) ?? {})])].map((k) => [k, null]))
  return { ...row, criteria: keys(row.criteria, CRITERION_KEYS), expectations: keys(row.expectations, EXPECTATION_KEYS) }
}

/** A row erased before keeps its own erasure date and timestamps (they travelled with it). */
const keep = (row: Row, out: Row): Row => (row.erasedAt ? { ...out, erasedAt: row.erasedAt, updatedAt: row.updatedAt, deletedAt: row.deletedAt ?? out.deletedAt } : out)

/**
 * Rows the ledger covers keep their tombstones: content blanked, whatever arrived. People and status
 * events of an emptied organisation are emptied with it. A row already erased keeps its own erasure
 * date (it travelled with the row). Audit entries naming someone newly erased here are anonymised as
 * this laptop's own change (it may know a name the eraser never had), so that change travels too.
 * An entry arriving about someone or something erased here before is anonymised on arrival.
 */
/**
 * What an apply emptied of its own accord, not because the eraser's messages said so: a person or
 * status event that a merge the eraser had not seen moved into an emptied organisation, a duplicate
 * merged into one (sync-erased-duplicates.ts), and the ids of quoted organisations an entry
 * anonymised on arrival keeps. `rows`: each
 * such row as it stood before (written first as applied); `lines`: the people's new ledger lines.
 */
export type DerivedErasures = { rows: Map<string, Row>; lines: LedgerEntry[] }

/**
 * Sends what this laptop emptied of its own accord as its own change (blanked fields, ledger lines).
 * Whether a moved row ever sat in an emptied organisation depends on the order merges arrived in: a
 * laptop that saw it there blanked it and cannot take that back (the values are gone), while one that
 * pulled a later merge moving it on first never blanks it (seed -1040447994: a fork). Erasure wins
 * over every edit, so the blanking travels and every laptop ends blanked.
 */
export async function publishDerivedErasures(d: ReturnType<typeof db>, trans: object, rows: ReadonlyMap<string, Row | null>, derived: DerivedErasures): Promise<void> {
  if (derived.rows.size === 0 && derived.lines.length === 0) return
  markApplying(trans, false)
  try {
    if (derived.lines.length > 0) await d.erasures.bulkPut(derived.lines)
    for (const key of derived.rows.keys()) {
      const row = rows.get(key)
      if (row) await d.table(key.slice(0, key.indexOf('|'))).put(row)
    }
  } finally {
    markApplying(trans, true)
  }
}

/** The entry with the ids of quoted organisations `other` (another version of it) keeps, too. */
function withQuotedOf(entry: Row, other: Row | null | undefined): Row {
  const ids = Array.isArray(other?.quotedOrganisations) ? other.quotedOrganisations.map(String) : []
  if (ids.length === 0) return entry
  const own = Array.isArray(entry.quotedOrganisations) ? entry.quotedOrganisations.map(String) : []
  return { ...entry, quotedOrganisations: [...new Set([...own, ...ids])].sort() }
}

/**
 * The former names and e-mails of the people erased in this apply, as the erasing laptop finds them
 * (privacy-repo): from their own history entries, those stored here and those this apply brings. The
 * eraser anonymises its own history; history written here quoting a name the person had before the
 * rename reached this laptop is this laptop's to anonymise.
 */
async function formerTracesHere(d: ReturnType<typeof db>, rows: ReadonlyMap<string, Row | null>, ledger: Ledger, erasedBefore: ReadonlySet<string>): Promise<string[]> {
  const people = new Set([...ledger.values()].filter((e) => e.table === 'people' && !erasedBefore.has(e.id)).map((e) => e.id))
  if (people.size === 0) return []
  const stored = (await d.auditLog.where('[table+entityId]').anyOf([...people].map((id) => ['people', id])).toArray()) as Row[]
  const arriving = [...rows].filter(([key, row]) => key.startsWith('auditLog|') && row !== null).map(([, row]) => row as Row)
  return formerTracesOf([...stored, ...arriving], people)
}

export async function enforceErasures(d: ReturnType<typeof db>, rows: Map<string, Row | null>, dirty: Set<string>, ledger: Ledger, erasedBefore: ReadonlySet<string>, state: SyncState, trans: object): Promise<DerivedErasures> {
  // Duplicates merged into an emptied organisation are emptied with it, as emptying the trash does.
  const copies = await emptyMergedIntoEmptied(d, rows, ledger, erasedBefore)
  for (const e of ledger.values()) {
    if (erasedBefore.has(e.id)) continue
    const key = `${e.table}|${e.id}`
    if (!rows.has(key)) rows.set(key, ((await d.table(e.table).get(e.id)) as Row | undefined) ?? null)
    if (e.table !== 'organisations') continue
    for (const table of ['people', 'statusEvents'] as const) {
      for (const r of (await d.table(table).where('organisationId').equals(e.id).toArray()) as Row[]) {
        const k = `${table}|${String(r.id)}`
        if (!rows.has(k)) rows.set(k, r)
      }
    }
  }
  const traces: string[] = []
  const quoted: string[] = []
  const newLines: LedgerEntry[] = []
  const derived: DerivedErasures = { rows: new Map(), lines: newLines }
  // Their history says so, as emptying the trash writes it for a duplicate emptied with its survivor.
  await recordEmptiedCopies(d, rows, ledger, copies, derived)
  for (const [key, row] of rows) {
    if (!row) continue
    const [table] = key.split('|') as [string]
    if (!ERASABLE.has(table)) continue
    const id = String(row.id)
    const emptied = ledger.get(String(row.organisationId))
    let out = row
    let travels = false
    if (table === 'organisations' && ledger.get(id)?.table === 'organisations') {
      // Its name and number as this laptop knew them (the eraser's messages may have blanked the row
      // already): history written here before the emptying arrived may quote them.
      if (!erasedBefore.has(id)) quoted.push(...organisationTracesOf(row), ...organisationTracesOf(((await d.organisations.get(id)) as Row | undefined) ?? {}))
      out = keep(row, emptiedOrganisation(withEveryKey(row), (ledger.get(id) as LedgerEntry).erasedAt))
      if (copies.has(id)) {
        newLines.push(ledger.get(id) as LedgerEntry)
        travels = true
      }
    }
    else if (table === 'people' && (ledger.has(id) || emptied?.table === 'organisations')) {
      const at = ledger.get(id)?.erasedAt ?? (emptied as LedgerEntry).erasedAt
      // No ledger line of its own: the eraser did not have it in the organisation.
      if (!ledger.has(id)) {
        newLines.push({ id, table: 'people', erasedAt: at })
        travels = true
      }
      if (!erasedBefore.has(id)) traces.push(...tracesOf(row))
      out = keep(row, erasedPerson(row, at))
    } else if (table === 'statusEvents' && emptied?.table === 'organisations') {
      // Whatever it held before: the eraser dates every event of the organisation by the erasure, and
      // an event moved to it later (a merge the eraser had not seen) must end the same on every laptop
      // whichever order its changes and the erasure arrive in (seed 763037249, path 68).
      out = emptiedStatusEvent(row, emptied.erasedAt)
      // The eraser's messages date every event it emptied by the erasure: one they did not date was not there.
      travels = row.updatedAt !== emptied.erasedAt || !row.deletedAt
    }
    if (stableText(out) !== stableText(row)) {
      if (travels) derived.rows.set(key, row)
      rows.set(key, out)
      dirty.add(key)
    }
  }
  for (const line of newLines) ledger.set(line.id, line)
  // Its applications' answers go, as emptying the trash empties them (the copies' too, in the ledger by now).
  await emptyEmptiedApplications(d, rows, dirty, ledger, erasedBefore, derived.rows)
  await eraseMergedIntoErased(d, rows, dirty, ledger, erasedBefore, derived, traces)
  traces.push(...(await formerTracesHere(d, rows, ledger, erasedBefore)))
  // A history entry arriving now about someone or something erased here (before, or in this apply):
  // its author wrote it before the erasure reached them, and anonymises it when it does. Here it is
  // anonymised on arrival. It names them by id, or (a check-in's entry is about the registration) by
  // the name or e-mail of someone erased in this apply.
  // Each says what was deleted (erasure-ledger `erasedKindOf`), the same on every laptop.
  const everyErasure = forgottenOf(ledger, traces, quoted)
  // Organisations not emptied, with what history may quote of them, as this laptop knows them (read once, when needed).
  let known: LiveOrganisation[] | null = null
  const live = async () => (known ??= liveOrganisationsOf([...((await d.organisations.toArray()) as Row[]), ...[...rows].filter(([k, r]) => k.startsWith('organisations|') && r).map(([, r]) => r as Row)], ledger))
  for (const [key, row] of rows) {
    if (!row || !dirty.has(key) || !key.startsWith('auditLog|')) continue
    const out = anonymisedIfAbout(row, everyErasure)
    if (!out || stableText(out) === stableText(row)) continue
    // As the erasing laptop's anonymisation does (`quotedOrganisations`): one anonymised for a person
    // keeps the ids of organisations it quotes, so emptying one later still says «slettet virksomhet»
    // (quoted-on-arrival.test.ts). This laptop may know one its author did not: the ids are its own
    // change and travel (publishDerivedErasures); the anonymisation is the author's to send.
    const kept = out.summary === ERASED_PERSON_LABEL ? (anonymisedIfAbout(row, everyErasure, await live()) ?? out) : out
    if (stableText(kept) !== stableText(out) && state.enabled) derived.rows.set(key, out)
    rows.set(key, kept)
  }
  const newly = new Set([...ledger.keys()].filter((id) => !erasedBefore.has(id)))
  if (newly.size === 0) return derived
  // As "Slett for godt" does here: their invitation log lines lose name, address and file name, and
  // their dietary needs (this laptop's own) go, without waiting for the eraser's messages.
  const newlyPeople = [...newly].filter((id) => ledger.get(id)?.table === 'people')
  if (newlyPeople.length > 0) {
    for (const line of (await d.invitationLog.where('personId').anyOf(newlyPeople).toArray()) as Row[]) {
      const key = `invitationLog|${String(line.id)}`
      const current = rows.get(key) ?? line
      rows.set(key, { ...current, recipientName: ERASED_PERSON_LABEL, email: '', fileName: '' })
      dirty.add(key)
    }
    await d.diets.where('personId').anyOf(newlyPeople).delete()
  }
  const entries = (await d.auditLog.toArray()) as Row[]
  const fresh = forgottenOf(ledger, traces, quoted, newly)
  // As on the eraser: an entry anonymised here for a person keeps the ids of organisations it quoted.
  const liveHere = newlyPeople.length > 0 ? await live() : []
  const named = entries
    // With the ids of quoted organisations the apply's version keeps (its author's anonymisation, or
    // the ids kept on arrival elsewhere): the stored text may no longer name an organisation emptied since.
    .map((e) => [e, anonymisedIfAbout(withQuotedOf(e, rows.get(`auditLog|${String(e.id)}`)), fresh, liveHere)] as const)
    .filter((pair): pair is readonly [Row, Row] => pair[1] !== null && stableText(pair[0]) !== stableText(pair[1]))
    .map(([, b]) => b)
  if (named.length === 0 || !state.enabled) return derived
  // An entry this apply also changed (a merge elsewhere moved it) is written after this from the
  // apply's own version: anonymised too, or this laptop alone would put the original text back
  // (seed 763037249, path 68:4:5:6:6:6:9:13:1:0:5:11:11:11:8:8:8:8:9:9:9:9).
  for (const e of named) {
    const key = `auditLog|${String(e.id)}`
    const mine = rows.get(key)
    // With the wording `named` chose: that one still saw the text that decided it.
    if (!mine) continue
    const out = anonymisedEntry(mine, e.summary === ERASED_ORGANISATION_LABEL ? 'organisation' : 'person')
    rows.set(key, e.quotedOrganisations === undefined ? out : { ...out, quotedOrganisations: e.quotedOrganisations })
  }
  markApplying(trans, false)
  await d.auditLog.bulkPut(named as never[])
  markApplying(trans, true)
  return derived
}
