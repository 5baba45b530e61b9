/**
 * Arranges the data a lunch starts from (approved applicants with their people) by writing
 * straight into the app's IndexedDB, as the organisations feature would have; then reloads.
 */
import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import type { Organisation, Person, PersonRole, StatusEvent } from '../../../renderer/db/models'
import { organisation, person, statusEvent } from '../../shared/year-fixtures'
import { putStores, rowsIn } from '../host/indexed-db'

export type SeedOrganisation = { name: string; sector: string; appliedOn: string; people: { name: string; title: string; roles: string[] }[] }

const stamp = () => ({ id: randomUUID(), createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' })

/** Approved applicants (applied on `appliedOn`, approved 01.10.2026) with their people, written in; then the page reloads. */
export async function seedCandidates(page: Page, organisations: SeedOrganisation[]): Promise<void> {
  const rows = { organisations: [] as Organisation[], statusEvents: [] as StatusEvent[], people: [] as Person[] }
  for (const o of organisations) {
    const org = { ...organisation('', o.name, { sector: o.sector, status: 'godkjent' }), ...stamp() }
    rows.organisations.push(org)
    rows.statusEvents.push({ ...statusEvent(org.id, 'soker', o.appliedOn), ...stamp() }, { ...statusEvent(org.id, 'godkjent', '2026-10-01'), ...stamp() })
    for (const p of o.people) rows.people.push({ ...person('', org.id, p.name, p.roles as PersonRole[]), title: p.title, ...stamp() })
  }
  await putStores(page, rows)
  await page.reload()
}

/** An organisation's status as stored. */
export async function organisationStatus(page: Page, name: string): Promise<{ status: string; signedDate: string | null } | undefined> {
  const found = (await rowsIn<Organisation>(page, 'organisations')).find((o) => o.name === name)
  return found ? { status: found.status, signedDate: found.signedDate } : undefined
}
