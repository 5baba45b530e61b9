/**
 * Arranges the data a lunch starts from (approved applicants with their people) by writing
 * straight into the app's IndexedDB, as the organisations feature would have; then reloads.
 */
import type { Page } from '@playwright/test'

export type SeedOrganisation = { name: string; sector: string; appliedOn: string; people: { name: string; title: string; roles: string[] }[] }

export async function seedCandidates(page: Page, organisations: SeedOrganisation[]): Promise<void> {
  await page.evaluate(async (orgs) => {
    const open = indexedDB.open('nfk-sekretariat')
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      open.addEventListener('success', () => resolve(open.result))
      open.addEventListener('error', () => reject(open.error))
    })
    const tx = database.transaction(['organisations', 'statusEvents', 'people'], 'readwrite')
    const at = '2026-01-01T10:00:00.000Z'
    const base = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null })
    const assessment = { status: 'ukjent', note: '' }
    for (const o of orgs) {
      const org = {
        ...base(),
        name: o.name,
        orgNumber: '',
        sector: o.sector,
        address: { street: '', postalCode: '', municipality: 'Oslo' },
        website: '',
        employeeBand: '',
        tier: 'medlem',
        partnerFee: [],
        criteria: { intent: assessment, geography: assessment, leadership: assessment, action: assessment, reporting: assessment, participation: assessment },
        expectations: { strategy: assessment, certification: assessment, emissionsAccounts: assessment, supplierRequirements: assessment },
        certification: { kind: null, validUntil: null, note: '' },
        notes: '',
        status: 'godkjent',
        signedDate: null,
      }
      tx.objectStore('organisations').put(org)
      tx.objectStore('statusEvents').put({ ...base(), organisationId: org.id, status: 'soker', date: o.appliedOn, note: '' })
      tx.objectStore('statusEvents').put({ ...base(), organisationId: org.id, status: 'godkjent', date: '2026-10-01', note: '' })
      for (const p of o.people) tx.objectStore('people').put({ ...base(), organisationId: org.id, name: p.name, title: p.title, email: '', phone: '', roles: p.roles })
    }
    await new Promise<void>((resolve, reject) => {
      tx.addEventListener('complete', () => resolve())
      tx.addEventListener('error', () => reject(tx.error))
    })
    database.close()
  }, organisations)
  await page.reload()
}

/** An organisation's status as stored. */
export async function organisationStatus(page: Page, name: string): Promise<{ status: string; signedDate: string | null } | undefined> {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('nfk-sekretariat')
    const database = await new Promise<IDBDatabase>((resolve) => {
      open.addEventListener('success', () => resolve(open.result))
    })
    const all = await new Promise<{ name: string; status: string; signedDate: string | null }[]>((resolve) => {
      const req = database.transaction('organisations').objectStore('organisations').getAll()
      req.addEventListener('success', () => resolve(req.result))
    })
    database.close()
    const found = all.find((o) => o.name === wanted)
    return found ? { status: found.status, signedDate: found.signedDate } : undefined
  }, name)
}
