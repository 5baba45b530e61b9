/**
 * Seeds the app's IndexedDB through the page (the member register, meetings and contracts are
 * other features' screens), then reloads so every live query sees the rows.
 */
import type { Page } from '@playwright/test'
import { putStores } from './host/indexed-db'
import { attended, contract, meeting, organisation, person, statusEvent } from '../shared/year-fixtures'

type Rows = Record<string, object[]>

export async function seedDatabase(page: Page, rows: Rows): Promise<void> {
  await putStores(page, rows)
  await page.reload()
}

/**
 * A network as on 28.11.2026 (every e2e test starts the page clock there, see E2E_START): three members in
 * 2025 (one partner, one that joined after the cut-off), one applicant, a signing lunch ahead.
 */
export function networkRows(): Rows {
  return {
    organisations: [
      organisation('a', 'Aker Energi AS', { tier: 'partner' }),
      organisation('b', 'Bygg Bærum AS', { address: { street: '', postalCode: '', municipality: 'Bærum' } }),
      organisation('c', 'Ny Høst AS'),
      organisation('s', 'Søker Sørli AS', { status: 'soker' }),
    ],
    statusEvents: [
      statusEvent('a', 'medlem', '2023-05-01'),
      statusEvent('b', 'medlem', '2024-02-01'),
      statusEvent('c', 'medlem', '2025-11-15'),
      statusEvent('s', 'soker', '2026-11-01'),
    ],
    people: [
      person('pa', 'a', 'Anne Leder', ['toppleder']),
      person('pk', 'a', 'Kim Klima', ['klimakontakt'], 'kim@aker.no'),
      person('pb', 'b', 'Bo Berg', ['klimakontakt'], 'bo@byggbaerum.no'),
    ],
    contracts: [contract('a', '2023-05-01', 'pa'), contract('b', '2024-02-01', null)],
    events: [
      meeting('m1', 'nettverksmote', '2025-03-10', 'Vårmøtet 2025'),
      { ...meeting('l1', 'signeringslunsj', '2026-12-10', 'Signeringslunsj desember', { maxOrganisations: 6 }), invitedOrganisationIds: ['s'] },
      meeting('m2', 'nettverksmote', '2027-01-20', 'Nyttårsmøtet'),
    ],
    registrations: [attended('m1', 'a', 'pk'), { ...attended('l1', 's', 'pk'), status: 'invitert' }],
  }
}

/** Empties the given stores, for the empty-state screens. */
export async function clearStores(page: Page, stores: string[]): Promise<void> {
  await page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('nfk-sekretariat')
      request.addEventListener('success', () => resolve(request.result))
      request.addEventListener('error', () => reject(request.error))
    })
    const tx = database.transaction(names, 'readwrite')
    for (const name of names) tx.objectStore(name).clear()
    await new Promise<void>((resolve) => tx.addEventListener('complete', () => resolve()))
    database.close()
  }, stores)
  await page.reload()
}
