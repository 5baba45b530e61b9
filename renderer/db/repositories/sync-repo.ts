/**
 * This laptop's sync bookkeeping (issue 16): whether it syncs, its outbox of field-level messages,
 * the files it has pushed, and the conflicts it has found. The messages themselves are written by
 * the middleware (renderer/db/sync-middleware.ts) in each write's own transaction.
 */
import Dexie from 'dexie'
import type { SyncMessage } from '../../../electron/shared/sync-message'
import type { Row } from '../../domain/backup/envelope'
import { isAnonymisedSummary } from '../../domain/backup/erasure-ledger'
import { encodeValue, ERASED_FIELDS, fieldChanges, isSetField, isSyncedTable, stableText, type FieldChange } from '../../domain/sync/fields'
import { blankSyncState, type OutboxMessage, type SyncConflict, type SyncState } from '../../domain/sync/records'
import { db } from '../db'
import { recordChanges } from '../sync-middleware'
import { getDevice, newId, nowIso } from './base'
import { emptiedOrganisationFields } from './emptied-redaction'
import { answersToResend, erasedAnswerFields } from './sync-erased-answers'
import { ensureClock, saveClock } from '../../lib/sync/clock'
import { emptyTrie, useTrie } from '../../lib/sync/merkle'
import { DEFAULT_SECTORS } from './sectors-repo'
import { defaultSettings } from '../../domain/settings/settings'

export const MAX_PUSH = 20_000

// Kept here for the code that reads them through this module (see sync-state-repo.ts).
export { readSyncState, unsentCount } from './sync-state-repo'

/**
 * Starts recording changes for this folder. A laptop new to the folder publishes everything it holds
 * as ordinary messages (one per field), so the others get its data and identical values meet
 * without conflict; its cursors start afresh.
 */
export async function joinSyncFolder(folderId: string, userName: string): Promise<{ published: number }> {
  const device = await getDevice()
  const d = db()
  return d.transaction('rw', d.tables, async () => {
    const before = await d.syncState.get('this')
    if (before?.enabled && before.folderId === folderId) {
      await d.syncState.put({ ...before, userName })
      return { published: 0 }
    }
    for (const t of [d.syncOutbox, d.syncCells, d.syncFiles, d.syncConflicts]) await t.clear()
    // The clock keeps its time, but its trie starts empty: it holds the stamps of this folder only
    // (a join from a snapshot joins it with the snapshot's).
    ensureClock(device.installId, before?.clock ?? null)
    useTrie(emptyTrie())
    const state: SyncState = { ...blankSyncState(device.installId, userName), clock: saveClock(), enabled: true, folderId }
    await d.syncState.put(state)
    const changes: FieldChange[] = []
    for (const table of d.tables) {
      if (!isSyncedTable(table.name)) continue
      for (const row of (await table.toArray()) as Row[]) changes.push(...heldHere(table.name, row, fieldChanges(table.name, String(row.id), undefined, row)))
    }
    const trans = (Dexie.currentTransaction as unknown as { idbtrans: Parameters<typeof recordChanges>[1] }).idbtrans
    await recordChanges(d.core, trans, state, changes, nowIso())
    return { published: changes.length }
  })
}

/**
 * What a laptop new to the folder publishes of one row: not what it merely holds by default, which
 * would arrive as newer than the group's real values. Settings: only the fields set to something
 * other than the default (with the row's own fields when there are any); the default sectors every
 * laptop seeds for itself and nobody changed: nothing (the group has its own, the list is by name).
 */
export function heldHere(table: string, row: Row, changes: FieldChange[]): FieldChange[] {
  if (table === 'settings') {
    const defaults = defaultSettings() as Record<string, unknown>
    const changed = (field: string) => stableText(encodeValue(row[field])) !== stableText(encodeValue(defaults[field]))
    const own = Object.keys(defaults).filter(changed)
    return own.length === 0 ? [] : changes.filter((c) => !(c.field in defaults) || own.includes(c.field))
  }
  if (table === 'sectors') {
    const untouched = (DEFAULT_SECTORS as readonly unknown[]).includes(row.name) && !row.deletedAt && row.createdAt === row.updatedAt
    return untouched ? [] : changes
  }
  return changes
}

/** Stops recording; what was not sent is dropped (the folder and its files stay as they are). */
export async function leaveSyncFolder(): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.syncOutbox, d.syncCells, d.syncFiles, d.syncConflicts, d.syncState], async () => {
    const state = await d.syncState.get('this')
    for (const t of [d.syncOutbox, d.syncCells, d.syncFiles, d.syncConflicts]) await t.clear()
    if (state) await d.syncState.put({ ...blankSyncState(state.installId, state.userName), clock: state.clock })
  })
}

/** Whether a row's values are erased (the ledger has it, or its audit entry was anonymised). */
function isErasedRow(table: string, row: Row | undefined, erased: ReadonlySet<string>): boolean {
  if (!row) return false
  if (table === 'people' || table === 'organisations') return erased.has(String(row.id))
  if (table === 'statusEvents') return erased.has(String(row.organisationId))
  if (table === 'invitationLog') return erased.has(String(row.personId))
  if (table === 'auditLog') return isAnonymisedSummary(row.summary)
  return false
}

/**
 * The next batch to push: messages already given a batch id (a push that may have been written
 * before a crash) first, else the oldest unsent ones, given a new id here, before the push.
 * Values of erased rows that differ from what the row holds now are never sent: they go redacted.
 */
export async function takeOutboxBatch(limit = MAX_PUSH): Promise<{ batchId: string; messages: SyncMessage[]; seen: Record<string, number> } | null> {
  const d = db()
  return d.transaction('rw', d.tables, async () => {
    const state = await d.syncState.get('this')
    if (!state?.enabled) return null
    const pending = (await d.syncOutbox.orderBy('id').limit(limit).toArray()) as OutboxMessage[]
    if (pending.length === 0) return null
    const retry = pending.find((m) => m.batchId)?.batchId
    const batchId = retry ?? newId()
    let chosen = retry ? pending.filter((m) => m.batchId === retry) : pending
    let seen = retry && state.pending?.batchId === retry ? state.pending.seen : { ...state.cursors }
    if (!retry) {
      // Changes made before an apply saw only what was applied before it: one file per such stretch.
      const first = (pending[0] as OutboxMessage).id
      const log = (state.seenLog ?? []).filter((e) => e.upTo >= first).sort((a, b) => (a.upTo < b.upTo ? -1 : 1))
      const stretch = log[0]
      if (stretch) {
        chosen = pending.filter((m) => m.id <= stretch.upTo)
        seen = { ...stretch.cursors }
      }
      await d.syncOutbox.bulkPut(chosen.map((m) => ({ ...m, batchId })))
      await d.syncState.put({ ...state, seenLog: log, pending: { batchId, seen } })
    }
    const erased = new Set((await d.erasures.toArray()).map((e) => e.id))
    const rows = new Map<string, Row | undefined>()
    const messages: SyncMessage[] = []
    for (const { batchId: _b, id: _id, ...m } of chosen) {
      if (!ERASED_FIELDS[m.table]?.includes(m.field)) {
        messages.push(m)
        continue
      }
      const key = `${m.table}|${m.row}`
      if (!rows.has(key)) rows.set(key, (await d.table(m.table).get(m.row)) as Row | undefined)
      const row = rows.get(key)
      const current = stableText(encodeValue(row?.[m.field]))
      const keep = !isErasedRow(m.table, row, erased) || (m.op === 'set' && stableText(m.value) === current)
      messages.push(keep ? m : { ...m, value: null, redacted: true })
    }
    return { batchId, messages, seen }
  })
}

/** After main wrote the batch as file `seq`: the messages leave the outbox and the file is remembered. */
export async function markBatchSent(batchId: string, seq: number, seen: Record<string, number>): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.syncOutbox, d.syncFiles, d.syncState], async () => {
    const state = await d.syncState.get('this')
    const sent = await d.syncOutbox.where('batchId').equals(batchId).toArray()
    if (!state || sent.length === 0) return
    const stamps = sent.map((m) => m.timestamp).sort()
    await d.syncFiles.put({ id: `${state.installId}:${seq}`, installId: state.installId, userName: state.userName, seq, firstTs: stamps[0] as string, lastTs: stamps.at(-1) as string, seen })
    await d.syncOutbox.where('batchId').equals(batchId).delete()
  })
}

const fieldsOf = (table: string, row: string) => (ERASED_FIELDS[table] ?? []).map((field) => ({ table, row, field }))

export type Redaction = { ids: string[]; fields: { table: string; row: string; field: string }[] }

/**
 * What this laptop has not yet blanked in its own older files: the erased fields of erased people
 * and organisations, and the text of audit entries anonymised because they named someone erased.
 */
export async function erasuresToRedact(): Promise<Redaction> {
  const d = db()
  const state = await d.syncState.get('this')
  if (!state?.enabled) return { ids: [], fields: [] }
  const done = new Set(state.redactedIds)
  const ledger = await d.erasures.toArray()
  const erased = ledger.filter((e) => !done.has(e.id))
  // Every emptied organisation's events not done yet: one may have moved under it since (emptied-redaction.ts).
  const events = await emptiedOrganisationFields(ledger, done)
  const audits = (await d.auditLog.toArray()).filter((e) => !done.has(e.id) && isErasedRow('auditLog', e as Row, new Set()))
  const people = erased.filter((e) => e.table === 'people').map((e) => e.id)
  const invitations = people.length > 0 ? await d.invitationLog.where('personId').anyOf(people).toArray() : []
  return {
    ids: [...erased.map((e) => e.id), ...events.ids, ...audits.map((e) => e.id)],
    fields: [...erased.flatMap((e) => fieldsOf(e.table, e.id)), ...events.fields, ...(await erasedAnswerFields(d, erased)), ...audits.flatMap((e) => fieldsOf('auditLog', e.id)), ...invitations.flatMap((r) => fieldsOf('invitationLog', r.id))],
  }
}

/**
 * After main blanked these fields in this laptop's files: they are done, and what the rows hold now
 * (blank, or "slettet person") is sent again with a fresh stamp, since the blanking also took the
 * message that said so from laptops that had not read it yet.
 */
export async function markRedacted(redaction: Redaction): Promise<void> {
  const d = db()
  await d.transaction('rw', d.tables, async () => {
    const state = await d.syncState.get('this')
    if (!state) return
    await d.syncState.put({ ...state, redactedIds: [...new Set([...state.redactedIds, ...redaction.ids])] })
    const changes: FieldChange[] = []
    for (const { table, row, field } of await answersToResend(d.syncCells, state.installId, redaction.fields)) {
      const current = (await d.table(table).get(row)) as Row | undefined
      if (current) changes.push({ table, row, field, op: 'set', value: isSetField(table, field) ? [] : encodeValue(current[field]) })
    }
    const trans = (Dexie.currentTransaction as unknown as { idbtrans: Parameters<typeof recordChanges>[1] }).idbtrans
    await recordChanges(d.core, trans, (await d.syncState.get('this')) as SyncState, changes, nowIso())
  })
}

/** A round ended: when, and what went wrong (Norwegian sentences, shown as they are). */
export async function recordRound(problems: string[]): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.syncState], async () => {
    const state = await d.syncState.get('this')
    if (state) await d.syncState.put({ ...state, lastSyncAt: nowIso(), problems })
  })
}

/** Conflicts, open ones first, newest first (read only). */
export async function listConflicts(): Promise<SyncConflict[]> {
  const rows = await db().syncConflicts.toArray()
  return rows.sort((a, b) => Number(!!a.settledAt) - Number(!!b.settledAt) || b.detectedAt.localeCompare(a.detectedAt))
}
