/**
 * The page the sync-join benchmark drives: a new laptop applying the group's snapshot of 10,000
 * organisations and 100,000 attendance rows (the app's real code), against the backup bench's
 * import floor (JSON + validation + one raw IndexedDB transaction of the same rows); and the longest
 * task while an existing laptop applies one file of 100 messages.
 */
import type { SyncBatch } from '../../electron/shared/channels/sync'
import type { JsonValue, SyncMessage } from '../../electron/shared/sync-message'
import { useDatabase } from '../../renderer/db/db'
import { exportDatabase } from '../../renderer/db/repositories/backup-repo'
import { applyBatches } from '../../renderer/db/repositories/sync-apply-repo'
import { joinSyncFolder } from '../../renderer/db/repositories/sync-repo'
import { applySnapshot } from '../../renderer/db/repositories/sync-snapshot-repo'
import { NfkDatabase } from '../../renderer/db/schema'
import { encodeEnvelope } from '../../renderer/domain/backup/envelope'
import { schemaFor } from '../../renderer/domain/backup/row-schemas'
import { cellKey, fieldChanges } from '../../renderer/domain/sync/fields'
import { emptyTrie, insertAll } from '../../renderer/lib/sync/merkle'
import { rows } from '../backup-page/main'

const FOLDER = '00000000-0000-4000-8000-00000000f01d'
const WRITER = '00000000-0000-4000-8000-0000000000aa'
const SEEDED = ['organisations', 'people', 'events', 'registrations']
let counter = 0
/**
 * The snapshot as text, as main hands it over (the app holds the parsed messages only while it
 * joins): a million message objects kept alive here would make every later garbage collection of
 * the page long, and the 100-message apply would measure the bench's heap, not the app.
 */
let snapshotText = ''
/** The organisations whose notes the 100-message file changes. */
let noteRows: string[] = []
let trie: JsonValue = null
let exported: Uint8Array | null = null
let joined: NfkDatabase | null = null

async function laptopDb(installId: string): Promise<NfkDatabase> {
  const database = useDatabase(new NfkDatabase(`sync-bench-${Date.now()}-${counter++}`))
  await database.open()
  await database.device.put({ id: 'this', installId, userName: 'Bench', createdAt: new Date().toISOString() })
  return database
}

function rawWrite(database: NfkDatabase, data: Record<string, unknown[]>): Promise<void> {
  const tx = database.backendDB().transaction(Object.keys(data), 'readwrite', { durability: 'strict' })
  for (const [table, items] of Object.entries(data)) {
    const store = tx.objectStore(table)
    for (const item of items) store.put(item)
  }
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve())
    tx.addEventListener('error', () => reject(tx.error))
  })
}

const bench = {
  /**
   * The writer's state and its snapshot as `snapshots.ts` writes it: one message per field (set
   * fields one per element) in cell order, stamped by the writer's clock, with the writer's merkle
   * trie of every stamp. The export of the same rows feeds the floor.
   */
  async seed(orgs: number, attendance: number): Promise<number> {
    const data = rows(orgs, attendance)
    const writer = await laptopDb(WRITER)
    await rawWrite(writer, data)
    exported = encodeEnvelope(await exportDatabase({ appVersion: 'bench' }))
    const node = WRITER.replace(/-/g, '').slice(-16)
    const base = Date.parse('2026-11-01T10:00:00.000Z')
    let n = 0
    let snapshot: SyncMessage[] = []
    for (const [table, list] of Object.entries(data)) {
      for (const row of list as Record<string, unknown>[]) {
        for (const c of fieldChanges(table, String(row.id), undefined, row)) {
          const ms = base + Math.floor(n / 65_536)
          const counter = (n++ % 65_536).toString(16).toUpperCase().padStart(4, '0')
          snapshot.push({ ...c, timestamp: `${new Date(ms).toISOString()}-${counter}-${node}` })
        }
      }
    }
    const keyOf = (m: SyncMessage) => (m.op === 'set' ? cellKey(m.table, m.row, m.field) : cellKey(m.table, m.row, m.field, m.value))
    const keyed = snapshot.map((m) => [keyOf(m), m] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1))
    snapshot = keyed.map(([, m]) => m)
    trie = insertAll(emptyTrie(), snapshot.map((m) => m.timestamp)) as unknown as JsonValue
    noteRows = snapshot.filter((m) => m.table === 'organisations' && m.field === 'notes').slice(0, 100).map((m) => m.row)
    snapshotText = JSON.stringify(snapshot)
    return snapshot.length
  },
  async joinApp(): Promise<{ ms: number; applied: number }> {
    joined = await laptopDb(crypto.randomUUID())
    await joinSyncFolder(FOLDER, 'Ny')
    const snapshot = JSON.parse(snapshotText) as SyncMessage[]
    const start = performance.now()
    const outcome = await applySnapshot({ installId: WRITER, userName: 'Skriver', covers: { [WRITER]: 1 }, merkle: trie }, snapshot)
    if (outcome.problem) throw new Error(outcome.problem)
    return { ms: performance.now() - start, applied: outcome.applied }
  },
  async importFloor(): Promise<{ ms: number }> {
    if (!exported) throw new Error('seed first')
    const text = new TextDecoder().decode(exported)
    const database = await laptopDb(crypto.randomUUID())
    const start = performance.now()
    const parsed = JSON.parse(text) as { data: Record<string, unknown[]> }
    const data = Object.fromEntries(SEEDED.map((t) => [t, parsed.data[t] ?? []]))
    for (const [table, items] of Object.entries(data)) for (const item of items) if (!schemaFor(table)?.safeParse(item).success) throw new Error('invalid')
    await rawWrite(database, data)
    return { ms: performance.now() - start }
  },
  /** On the joined laptop: one file of 100 edits from the writer; the longest task the window saw while it was applied. */
  async apply100(seq: number): Promise<{ longestTask: number; applied: number }> {
    if (!joined) throw new Error('join first')
    useDatabase(joined)
    const base = Date.now()
    const messages: SyncMessage[] = noteRows.map((row, i) => ({
      table: 'organisations',
      row,
      field: 'notes',
      op: 'set',
      value: `Ringes i uke ${seq}.${i}`,
      timestamp: `${new Date(base + i).toISOString()}-0000-${WRITER.replace(/-/g, '').slice(-16)}`,
    }))
    const batch: SyncBatch = { installId: WRITER, userName: 'Skriver', appVersion: 'bench', seq, writtenAt: new Date().toISOString(), seen: {}, messages }
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration)
    })
    observer.observe({ type: 'longtask', buffered: false })
    const outcome = await applyBatches([batch])
    // Long tasks are reported after they end: one frame later every one of them is in.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    observer.disconnect()
    if (outcome.problems.length > 0) throw new Error(outcome.problems.join(' '))
    return { longestTask: Math.max(0, ...tasks), applied: outcome.applied }
  },
}

Object.assign(window, { bench })
