/**
 * The contract batch page as the cancel and prepared-batch specs use it: four seeded organisations,
 * the commissioner and the signing date filled, two organisations with a signer ticked; and "Avbryt"
 * pressed while main renders (the host holds the render, so the press never races it).
 */
import type { Page } from '@playwright/test'
import { seedOrganisations, type SeedData } from '../fixtures/seed-organisations'
import { expect, notices, openRegisterWith } from './fixtures'
import type { TestHost } from './host/test-host'
import { BatchContractsPage } from './pages/contracts'

export const BATCH_CANCELLED = 'Klimakontraktene ble ikke laget: du avbrøt. Ingen PDF er lagret, og ingen kontrakt er registrert.'

/** The batch page with two organisations that have someone to sign chosen (03.06.2027, Marit Vea). */
export async function twoChosen(app: Page): Promise<{ batch: BatchContractsPage; chosen: SeedData['organisations'] }> {
  const data = seedOrganisations(4)
  await openRegisterWith(app, data)
  await app.goto('/#/klimakontrakter')
  const batch = new BatchContractsPage(app)
  await expect(batch.heading).toBeVisible()
  await batch.commissioner.fill('Marit Vea')
  await batch.signingDate.fill('03.06.2027')
  const chosen = data.organisations.filter((o) => data.people.some((p) => p.organisationId === o.id)).slice(0, 2)
  expect(chosen).toHaveLength(2)
  for (const organisation of chosen) await batch.organisation(organisation.name).check()
  return { batch, chosen }
}

/**
 * "Lag klimakontrakter", and "Avbryt" while main renders (after `whileRendering`, with the progress
 * shown), until the page says that nothing was made.
 */
export async function cancelledWhileRendering(app: Page, host: TestHost, batch: BatchContractsPage, whileRendering?: () => Promise<unknown>): Promise<void> {
  const rendering = host.hold('renderContracts')
  const cancelling = host.arrival('cancelJob')
  await batch.make.click()
  await rendering.arrived
  await expect(batch.progress).toBeVisible()
  await whileRendering?.()
  await batch.cancel.click()
  await cancelling
  rendering.release()
  await expect(notices(app).getByText(BATCH_CANCELLED)).toBeVisible()
}
