/**
 * The only code that reads and writes every table at once: export, import and the sync log that
 * lets two copies find the last export they shared. `device` (this laptop) is never exported over.
 */
import Dexie, { type Table } from 'dexie'
import { buildEnvelope, encodeEnvelope, type Envelope, type Row, type TableData } from '../../domain/backup/envelope'
import { applyLedger, ERASED_PERSON_LABEL, ledgerOf, ledgerRows } from '../../domain/backup/erasure-ledger'
import { resolvedPuts, type ImportPlan, type Resolution } from '../../domain/backup/plan'
import { importRefusal, type ImportProblem } from '../../domain/backup/problems'
import type { Candidate, SheetKind } from '../../domain/backup/spreadsheet/candidates'
import { todayInOslo } from '../../lib/dates'
import { ok, type Outcome, type Refusal } from '../../lib/result'
import { db } from '../db'
import { DB_NAME, isLocalTable, SCHEMA_VERSIONS } from '../schema'
import type { ErasureRecord, Organisation, Person } from '../models'
import { emptyOrganisationInput } from './organisations-repo'
import { writeStatusEvent } from './status-events-repo'
import { audit, getDevice, newId, newRecord, nowIso } from './base'

/** This laptop's own tables (its identity, health data, sync bookkeeping), never exported nor imported over. */
const isLocalOnly = isLocalTable
const WRITE_CHUNK = 5_000

export type Progress = (done: number, total: number, label: string) => void

/** Every table of the open database except this laptop's own. */
export function exportedTables(): Table[] {
  return db().tables.filter((t) => !isLocalOnly(t.name))
}

export async function readAllTables(): Promise<TableData> {
  const d = db()
  const tables = exportedTables()
  return d.transaction('r', tables, async () => {
    const data: TableData = {}
    for (const table of tables) data[table.name] = (await table.toArray()) as Row[]
    return data
  })
}

export type ExportOptions = { appVersion: string; exportId?: string }

/** The whole database as an envelope; the export lists itself in the sync log it carries. */
export async function exportDatabase({ appVersion, exportId = newId() }: ExportOptions): Promise<Envelope> {
  const { installId } = await getDevice()
  const data = await readAllTables()
  const exportedAt = nowIso()
  const syncLog = data.syncLog ?? []
  if (!syncLog.some((r) => r.id === exportId)) syncLog.push({ id: exportId, at: exportedAt, installId })
  data.syncLog = syncLog.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return buildEnvelope({ exportId, exportedAt, appVersion, installId }, data)
}

/** Called once an export or backup is safely on disk, so later merges know this copy saw it. */
export async function recordExport(envelope: Pick<Envelope, 'exportId' | 'exportedAt' | 'installId'>): Promise<void> {
  await db().syncLog.put({ id: envelope.exportId, at: envelope.exportedAt, installId: envelope.installId })
}

export type ImportOutcome = { written: number; removed: number }

/** Thrown inside the transaction when the user stops the import, so Dexie rolls back every slice; never leaves applyImport. */
class Cancelled extends Error {}

/** The user stopped the import while it was writing: the transaction was rolled back, nothing changed. */
export const importCancelled = (): Refusal<never> => ({ ok: false, error: 'cancelled', message: 'Importen ble avbrutt, og ingenting er endret.' })

/**
 * Applies an import plan in one read-write transaction: it lands whole or not at all. A plan with
 * problems is refused (the result says why) before anything is written. Inside the transaction the erasure ledger is
 * read again, united with the file's and applied to every row written, so nobody erased comes
 * back, even by an erasure made while the preview was open; the ledger itself is only added to.
 */
export async function applyImport(
  plan: ImportPlan,
  resolutions: ReadonlyMap<string, Resolution>,
  onProgress: Progress = () => {},
  signal?: AbortSignal,
): Promise<Outcome<ImportOutcome, ImportProblem>> {
  if (plan.problemCount > 0) return importRefusal(plan.problems)
  const d = db()
  const tables = d.tables
  const byName = new Map(tables.map((t) => [t.name, t]))
  const strange = Object.keys(plan.incoming).filter((t) => !byName.has(t) || isLocalOnly(t))
  if (strange.length > 0) {
    return importRefusal(strange.map((table) => ({ code: 'unknown-table', message: `Tabellen «${table}» kan ikke importeres.`, table })))
  }
  // Replace writes the whole file (its sync log included); merge writes what the plan and the user chose.
  const chosen = plan.mode === 'replace' ? plan.incoming : resolvedPuts(plan, resolutions, nowIso())
  await getDevice()
  const landing = d.transaction('rw', tables, async () => {
    const before = await d.erasures.toArray()
    const ledger = ledgerOf({ erasures: plan.ledger }, ledgerOf({ erasures: before as Row[] }))
    const known = new Map(before.map((e) => [e.id, e.erasedAt]))
    const { data } = applyLedger(chosen, ledger, plan.traces, plan.quoted, plan.live, plan.answerTraces)
    const puts: TableData = { ...data, erasures: ledgerRows(ledger).filter((e) => known.get(String(e.id)) !== e.erasedAt) }
    const total = Object.values(puts).reduce((sum, rows) => sum + rows.length, 0)
    let written = 0
    let removed = 0
    if (plan.mode === 'replace') {
      for (const table of tables) {
        if (isLocalOnly(table.name) || table.name === 'erasures') continue
        removed += plan.removals[table.name]?.length ?? 0
        await table.clear()
      }
    }
    onProgress(0, total, 'Skriver til databasen')
    for (const [name, rows] of Object.entries(puts)) {
      const table = byName.get(name) as Table
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        // Thrown inside the transaction, so Dexie rolls back every slice already written.
        if (signal?.aborted) throw new Cancelled()
        await table.bulkPut(rows.slice(i, i + WRITE_CHUNK))
        written += Math.min(WRITE_CHUNK, rows.length - i)
        onProgress(written, total, 'Skriver til databasen')
      }
    }
    if (signal?.aborted) throw new Cancelled()
    const how = plan.mode === 'replace' ? 'erstattet alt' : 'slått sammen'
    await audit('data', plan.envelope.exportId, 'import', `Import (${how}) fra eksport ${plan.envelope.exportedAt}: ${written} rader skrevet`)
    return ok({ written, removed })
  })
  return landing.catch((error: unknown) => {
    if (error instanceof Cancelled) return importCancelled()
    throw error
  })
}

/**
 * Organisations from a spreadsheet (already checked and ticked in the preview), in one
 * transaction. New rows get new ids, so the erasure ledger, applied here as on every import path,
 * only bites if an id ever matched an erased one.
 */
export async function importSpreadsheetRows(candidates: Candidate[], kind: SheetKind, fileName: string): Promise<number> {
  const d = db()
  const today = todayInOslo()
  return d.transaction('rw', [d.organisations, d.statusEvents, d.people, d.auditLog, d.device, d.erasures], async () => {
    const ledger = ledgerOf({ erasures: (await d.erasures.toArray()) as Row[] })
    for (const c of candidates) {
      const made: TableData = {
        organisations: [newRecord({ ...emptyOrganisationInput(), name: c.name, orgNumber: c.orgNumber, sector: c.sector, tier: c.tier, status: 'soker', signedDate: null })],
        people: c.person ? [newRecord({ ...c.person, roles: ['klimakontakt'] })] : [],
      }
      for (const p of made.people ?? []) p.organisationId = made.organisations?.[0]?.id
      const { data } = applyLedger(made, ledger)
      const org = data.organisations?.[0] as Organisation
      // An erased id keeps the tombstone it has; only a new one is written.
      if (org.erasedAt && (await d.organisations.get(org.id))) continue
      await d.organisations.add(org)
      await audit('organisations', org.id, 'create', org.erasedAt ? 'En virksomhet slettet for godt ble ikke gjenopprettet' : `Virksomheten ${org.name} ble importert fra ${fileName}`)
      if (!org.erasedAt) {
        const date = c.status === 'medlem' && c.signedDate ? c.signedDate : today
        await writeStatusEvent(org.id, c.status, date, kind === 'applications' ? 'Søknad importert fra regneark' : 'Importert fra registeret')
      }
      for (const row of data.people ?? []) {
        const person = row as Person
        if (person.erasedAt && (await d.people.get(person.id))) continue
        await d.people.add(person)
        await audit('people', person.id, 'create', person.erasedAt ? ERASED_PERSON_LABEL : `${person.name} ble importert hos ${org.name}`)
      }
    }
    await d.erasures.bulkPut(ledgerRows(ledger) as ErasureRecord[])
    return candidates.length
  })
}

/**
 * Before today's code upgrades an older database, hand a copy of it to main. Opens the database
 * as it is (no schema), so nothing is upgraded yet; returns what happened.
 */
export async function backupBeforeSchemaUpgrade(
  write: (bytes: Uint8Array<ArrayBuffer>) => Promise<boolean>,
  options: { name?: string; latest?: number; appVersion?: string } = {},
): Promise<'not-needed' | 'written' | 'failed'> {
  const latest = options.latest ?? Math.max(...SCHEMA_VERSIONS.map((v) => v.version))
  const probe = new Dexie(options.name ?? DB_NAME)
  try {
    if (!(await Dexie.exists(probe.name))) return 'not-needed'
    await probe.open()
    if (probe.verno >= latest) return 'not-needed'
    const data: TableData = {}
    for (const table of probe.tables) if (!isLocalOnly(table.name)) data[table.name] = (await table.toArray()) as Row[]
    const device = probe.tables.some((t) => t.name === 'device') ? ((await probe.table('device').get('this')) as { installId?: string } | undefined) : undefined
    const envelope = buildEnvelope({ exportId: newId(), exportedAt: nowIso(), appVersion: options.appVersion ?? 'ukjent', installId: device?.installId ?? '' }, data)
    return (await write(encodeEnvelope(envelope))) ? 'written' : 'failed'
  } catch {
    return 'failed'
  } finally {
    probe.close()
  }
}
