/** The sector list (bransjer): a Norwegian default list the user can extend. */
import type { Sector } from '../models'
import { db } from '../db'
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import { sectorNameError } from '../../domain/organisation/validation'
import { audit, newRecord } from './base'

export const DEFAULT_SECTORS = [
  'Bygg og anlegg',
  'Eiendom',
  'Energi',
  'Finans og forsikring',
  'Handel',
  'Helse og omsorg',
  'IKT',
  'Industri',
  'Kultur og medier',
  'Mat og servering',
  'Offentlig virksomhet',
  'Organisasjon',
  'Overnatting og reiseliv',
  'Rådgivning',
  'Samferdsel og transport',
  'Undervisning og forskning',
  'Avfall og gjenvinning',
] as const

/**
 * Live sector names, Norwegian order, each name once (read only; safe in live queries). Laptops that
 * sync each seeded the default list for themselves, so a name may be held by more than one row.
 */
export async function listSectors(): Promise<string[]> {
  const rows = await db().sectors.toArray()
  const byName = new Map<string, string>()
  for (const s of rows) if (!s.deletedAt && !byName.has(foldText(s.name))) byName.set(foldText(s.name), s.name)
  return [...byName.values()].sort(compareNorwegian)
}

/** Seeds the default list once, on a database that has no sectors at all. */
export async function ensureDefaultSectors(): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.sectors, d.auditLog, d.device], async () => {
    if ((await d.sectors.count()) > 0) return
    await d.sectors.bulkAdd(DEFAULT_SECTORS.map((name) => newRecord({ name }) as Sector))
    await audit('sectors', 'default', 'create', 'Standardlisten over bransjer ble lagt inn')
  })
}

/** Adds a sector; returns a Norwegian message for the field when refused, else null. */
export async function addSector(name: string): Promise<string | null> {
  const clean = name.trim().replace(/\s+/g, ' ')
  const problem = sectorNameError(clean)
  if (problem) return problem
  const d = db()
  return d.transaction('rw', [d.sectors, d.auditLog, d.device], async () => {
    const existing = (await d.sectors.toArray()).find((s) => !s.deletedAt && foldText(s.name) === foldText(clean))
    if (existing) return `Bransjen «${existing.name}» finnes allerede.`
    const sector = newRecord({ name: clean }) as Sector
    await d.sectors.add(sector)
    await audit('sectors', sector.id, 'create', `Bransjen ${sector.name} ble lagt til`)
    return null
  })
}
