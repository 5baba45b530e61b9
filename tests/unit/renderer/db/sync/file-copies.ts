/**
 * Copies that travel by file, beside the shared folder: Kari's laptop and Per's copy, made from
 * Kari's export and never synced (a file sent by e-mail). The merge-import tests, in the repositories
 * and through the import session's worker, start from the same story. Times are 30.11.2026 10:mm
 * (the tests fake Date only).
 */
import { vi } from 'vitest'
import { db, useDatabase } from '../../../../../renderer/db/db'
import { applyImport, exportDatabase, readAllTables, recordExport } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { NfkDatabase } from '../../../../../renderer/db/schema'
import type { Organisation } from '../../../../../renderer/db/models'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import type { Laptop } from './memory-folder'

export const at = (minute: number) => vi.setSystemTime(new Date(Date.UTC(2026, 10, 30, 10, minute)))

/** Saves the organisation as the form would, with its current values and `change`. */
export async function changeOrganisation(id: string, change: Partial<Organisation>): Promise<Organisation> {
  const o = (await getOrganisation(id)) as Organisation
  return made(updateOrganisation(id, { ...emptyOrganisationInput(), name: o.name, address: o.address, website: o.website, notes: o.notes, ...change }))
}

/** The running laptop's export file, recorded as exported. */
export async function exportHere(): Promise<Uint8Array> {
  const envelope = await exportDatabase({ appVersion: 'test' })
  await recordExport(envelope)
  return encodeEnvelope(envelope)
}

/** An export file as the import reads it. */
export async function readBack(bytes: Uint8Array) {
  const read = await readExportFile(bytes)
  if (!read.ok) throw new Error(read.problem.message)
  return read.envelope
}

/** A laptop with its own database that has never joined a sync folder; it is the running one after. */
export async function unsyncedLaptop(name: string): Promise<Laptop> {
  const laptop = { name, db: useDatabase(new NfkDatabase(`${name.toLowerCase()}-${crypto.randomUUID()}`)), installId: crypto.randomUUID() }
  await laptop.db.open()
  await laptop.db.device.put({ id: 'this', installId: laptop.installId, userName: name, createdAt: nowIso() })
  return laptop
}

/** Per's copy: made from the file and never synced; it is the running database after. */
export async function perFrom(bytes: Uint8Array): Promise<NfkDatabase> {
  const file = await readBack(bytes)
  const per = await unsyncedLaptop('Per')
  await applied(applyImport(planImport(file, await readAllTables(), 'replace', { now: nowIso() }), new Map()))
  return per.db
}

/**
 * Bygg AS changed on both copies, each in another field: made on the running laptop at 10:00, sent
 * to Per at 10:05; Per writes its notes at 10:10 and sends his file at 10:15; the website is
 * changed here at 10:20. At 10:25, with this laptop running again, it returns Per's file.
 */
export async function byggChangedOnBoth(): Promise<{ bygg: Organisation; fromPer: Uint8Array }> {
  const here = db()
  at(0)
  const bygg = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Første møte' }))
  at(5)
  await perFrom(await exportHere())
  at(10)
  await changeOrganisation(bygg.id, { notes: 'Per ringte' })
  at(15)
  const fromPer = await exportHere()
  useDatabase(here)
  at(20)
  await changeOrganisation(bygg.id, { website: 'https://bygg.no' })
  at(25)
  return { bygg, fromPer }
}
