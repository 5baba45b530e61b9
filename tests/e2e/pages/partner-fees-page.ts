/** Partneravgifter: the partner fees not yet paid, marked invoiced one by one, exported as CSV. */
import type { Locator, Page } from '@playwright/test'
import { heading, mainOf } from './shell'

export class PartnerFeesPage {
  readonly heading: Locator
  readonly table: Locator
  readonly summary: Locator
  readonly exportCsv: Locator

  constructor(readonly page: Page) {
    const main = mainOf(page)
    this.heading = heading(page, 'Partneravgifter')
    this.table = main.getByRole('table', { name: 'Partnerkontingent som ikke er betalt' })
    this.summary = main.getByText(/^Utestående i alt/)
    this.exportCsv = main.getByRole('button', { name: 'Eksporter CSV' })
  }

  /** The row of one organisation's fee for a year. */
  row(name: string, year: number): Locator {
    return this.table.getByRole('row').filter({ hasText: name }).filter({ hasText: String(year) })
  }

  markInvoiced(name: string, year: number): Locator {
    return this.table.getByRole('button', { name: `Merk ${year} for ${name} som fakturert` })
  }
}
