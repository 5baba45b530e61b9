/**
 * The page the backup benchmark drives: the app's real export and import code, and the floor it
 * is measured against (JSON + validation + one raw IndexedDB transaction of the same rows).
 */
import { useDatabase } from '../../renderer/db/db'
import { NfkDatabase } from '../../renderer/db/schema'
import { schemaFor } from '../../renderer/domain/backup/row-schemas'
import { defaultRules } from '../../renderer/domain/seating'
import { runAutoSeat } from '../../renderer/domain/seating/run-auto-seat'
import { exportInWorker } from '../../renderer/features/data/export-session'
import { ImportSession } from '../../renderer/features/data/import-session'
import { lunchOf } from '../lib/lunch-of'

const uuid = (prefix: number, i: number) => `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`
const at = '2026-11-01T10:00:00.000Z'
let counter = 0
const SEEDED = ['organisations', 'people', 'events', 'registrations']
let exported: Uint8Array | null = null
let seeded: NfkDatabase | null = null

export function rows(orgs: number, attendance: number) {
  const organisations = Array.from({ length: orgs }, (_, i) => ({
    id: uuid(1, i), createdAt: at, updatedAt: at, deletedAt: null, name: `Virksomhet ${i} AS – Čáhppes Ørsted`, orgNumber: String(900000000 + i),
    sector: 'Bygg og eiendom', address: { street: `Rådhusgata ${i}`, postalCode: '0151', municipality: 'Oslo' }, website: 'https://example.no',
    employeeBand: '50-249', tier: i % 5 === 0 ? 'partner' : 'medlem', partnerFee: [], criteria: {}, expectations: {},
    certification: { kind: null, validUntil: null, note: '' }, notes: 'Notat om klimaarbeidet.', status: 'medlem', signedDate: '2025-05-04',
  }))
  // Every reference resolves, as the import demands: one contact per organisation, 200 meetings.
  const people = Array.from({ length: orgs }, (_, i) => ({
    id: uuid(4, i), createdAt: at, updatedAt: at, deletedAt: null, organisationId: uuid(1, i), name: `Kontakt ${i} Ŋuolla`, title: 'Klimakontakt',
    email: `kontakt${i}@example.no`, phone: '', roles: ['klimakontakt'],
  }))
  const events = Array.from({ length: 200 }, (_, i) => ({
    id: uuid(3, i), createdAt: at, updatedAt: at, deletedAt: null, kind: 'nettverksmote', title: `Nettverksmøte ${i}`, date: '2026-05-04',
    startTime: '09:00', endTime: '11:00', place: 'Oslo rådhus', room: '', capacity: null, notes: '', cancelledAt: null, lunch: null,
  }))
  const registrations = Array.from({ length: attendance }, (_, i) => ({
    id: uuid(2, i), createdAt: at, updatedAt: at, deletedAt: null, eventId: uuid(3, i % 200), organisationId: uuid(1, i % orgs),
    personId: uuid(4, i % orgs), rolesAtTime: ['klimakontakt'], status: 'mott', checkedInAt: at, walkIn: false,
  }))
  return { organisations, people, events, registrations }
}

/** Databases the imports wrote, deleted after each run so the profile does not grow by 110k rows a run. */
const imported: NfkDatabase[] = []

async function freshDb(): Promise<NfkDatabase> {
  const database = useDatabase(new NfkDatabase(`bench-${Date.now()}-${counter++}`))
  await database.open()
  imported.push(database)
  return database
}

function rawWrite(database: NfkDatabase, data: Record<string, unknown[]>): Promise<void> {
  const idb = database.backendDB()
  const tx = idb.transaction(Object.keys(data), 'readwrite', { durability: 'strict' })
  for (const [table, items] of Object.entries(data)) {
    const store = tx.objectStore(table)
    for (const item of items) store.put(item)
  }
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
}

function rawReadAll(database: NfkDatabase, tables: string[]): Promise<Record<string, unknown[]>> {
  const tx = database.backendDB().transaction(tables, 'readonly')
  const out: Record<string, unknown[]> = {}
  return new Promise((resolve, reject) => {
    for (const t of tables) {
      const req = tx.objectStore(t).getAll()
      req.onsuccess = () => (out[t] = req.result)
    }
    tx.oncomplete = () => resolve(out)
    tx.onerror = () => reject(tx.error)
  })
}

const bench = {
  async seed(orgs: number, attendance: number): Promise<void> {
    seeded = await freshDb()
    imported.pop()
    await rawWrite(seeded, rows(orgs, attendance))
  },
  /** Deletes the databases the imports made (the import worker has stopped, so nothing holds them). */
  async dropImported(): Promise<void> {
    for (const database of imported.splice(0)) await database.delete()
    if (seeded) useDatabase(seeded)
  },
  /** Reads the seeded rows once, unmeasured, so neither export pays for a cold cache after an import. */
  async warm(): Promise<void> {
    if (!seeded) throw new Error('seed first')
    await rawReadAll(seeded, SEEDED)
  },
  async exportApp(): Promise<{ ms: number; bytes: number }> {
    if (!seeded) throw new Error('seed first')
    useDatabase(seeded)
    const start = performance.now()
    // The path the Data page takes: read, write out and encode in the export's worker.
    const ending = await exportInWorker({ appVersion: 'bench' })
    if (!ending.ok) throw new Error(`export stopped: ${ending.message}`)
    exported = ending.data.bytes
    return { ms: performance.now() - start, bytes: exported.length }
  },
  async exportFloor(): Promise<{ ms: number }> {
    if (!seeded) throw new Error('seed first')
    const database = seeded
    const start = performance.now()
    const data = await rawReadAll(database, SEEDED)
    new TextEncoder().encode(JSON.stringify(data))
    return { ms: performance.now() - start }
  },
  /**
   * Opens the empty database the next import writes into: the app imports into the database it
   * has open, so creating one is no part of the import (nor of its longest task).
   */
  async prepareImport(): Promise<void> {
    await freshDb()
  },
  async importApp(): Promise<{ ms: number; written: number }> {
    if (!exported) throw new Error('export first')
    const bytes = exported
    const start = performance.now()
    // The path the Data page takes: read, check, plan and write in the import's worker.
    // Each step's label as a mark, so a long task can be placed in the step it fell in.
    const session = new ImportSession((label) => performance.mark(`import: ${label}`))
    try {
      const prepared = await session.prepare(bytes, 'replace')
      if (prepared.type !== 'preview') throw new Error(`import stopped: ${prepared.type}`)
      const ending = await session.apply(new Map())
      if (ending.type !== 'applied') throw new Error(`import stopped: ${ending.type}`)
      return { ms: performance.now() - start, written: ending.outcome.written }
    } finally {
      session.dispose()
    }
  },
  /** "Sett automatisk" for 200 guests at 25 tables, as the lunch planner runs it. */
  async autoSeat(): Promise<{ ms: number; seated: number }> {
    const { guests, tables } = lunchOf(200, 25)
    const start = performance.now()
    const result = await runAutoSeat({ guests, tables, rules: defaultRules(), options: {} })
    return { ms: performance.now() - start, seated: Object.keys(result.assignment).length }
  },
  async importFloor(): Promise<{ ms: number }> {
    if (!exported) throw new Error('export first')
    const text = new TextDecoder().decode(exported)
    const database = await freshDb()
    const start = performance.now()
    const parsed = JSON.parse(text) as { data: Record<string, unknown[]> }
    const data = Object.fromEntries(SEEDED.map((t) => [t, parsed.data[t] ?? []]))
    for (const [table, items] of Object.entries(data)) for (const item of items) if (!schemaFor(table)?.safeParse(item).success) throw new Error('invalid')
    await rawWrite(database, data)
    return { ms: performance.now() - start }
  },
}

Object.assign(window, { bench })
