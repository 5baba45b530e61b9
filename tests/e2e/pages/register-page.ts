/**
 * Virksomheter: the register list with its search, filters and exports, and the trash behind it.
 */
import type { Locator, Page } from '@playwright/test'
import { dialog, heading, mainOf, MainMenu } from './shell'

export class RegisterPage {
  readonly main: Locator
  readonly heading: Locator
  /** Shown instead of the list while the register has no organisations. */
  readonly emptyHeading: Locator
  readonly table: Locator
  /** "Viser N av M virksomheter". */
  readonly count: Locator
  readonly search: Locator
  readonly status: Locator
  readonly criteriaNotMet: Locator
  readonly failedLastYear: Locator
  readonly atRisk: Locator
  readonly reset: Locator
  readonly exportCsv: Locator
  readonly exportExcel: Locator
  readonly newOrganisation: Locator
  readonly partnerFees: Locator
  /** The name column's sort button and its header, which carries aria-sort. */
  readonly sortByName: Locator
  readonly nameHeader: Locator
  /** Every name shown, in the list's order. */
  readonly names: Locator
  readonly statusBadges: Locator
  /** The name on the row the arrow keys have selected. */
  readonly selectedName: Locator
  /** The scrolling box around the table, where the arrow keys work. */
  readonly keyboardArea: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Virksomheter')
    this.emptyHeading = this.main.getByRole('heading', { name: 'Ingen virksomheter ennå' })
    this.table = this.main.getByRole('table', { name: 'Virksomheter' })
    this.count = this.main.getByRole('status').filter({ hasText: /^Viser/ })
    const filters = this.main.getByRole('search', { name: 'Søk og filtre' })
    this.search = filters.getByRole('searchbox', { name: 'Søk' })
    this.status = filters.getByLabel('Status')
    this.criteriaNotMet = filters.getByLabel('Kriterier ikke oppfylt')
    this.failedLastYear = filters.getByLabel('Oppfylte ikke i fjor')
    this.atRisk = filters.getByLabel('I faresonen i år')
    this.reset = filters.getByRole('button', { name: 'Nullstill', exact: true })
    this.exportCsv = this.main.getByRole('button', { name: 'Eksporter CSV' })
    this.exportExcel = this.main.getByRole('button', { name: 'Eksporter Excel' })
    this.newOrganisation = this.main.getByRole('link', { name: 'Ny virksomhet' })
    this.partnerFees = this.main.getByRole('link', { name: 'Partneravgifter' })
    this.sortByName = this.table.getByRole('button', { name: 'Navn' })
    this.nameHeader = this.table.getByRole('columnheader', { name: 'Navn' })
    this.names = this.table.locator('tbody .cell-name')
    this.statusBadges = this.table.locator('tbody .badge')
    this.selectedName = this.table.locator('tr.selected .cell-name')
    this.keyboardArea = this.table.locator('..')
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Virksomheter')
  }

  /** An organisation's link in the list. */
  link(name: string): Locator {
    return this.table.getByRole('link', { name })
  }

  /** An organisation's row, for its "Kriterier" cell and the rest. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async openOrganisation(name: string): Promise<void> {
    await this.link(name).click()
  }

  /** The link to the trash: "Papirkurv (N)" while it holds N, "Papirkurv" when it is empty. */
  trashLink(count?: number): Locator {
    return count === undefined ? this.main.getByRole('link', { name: 'Papirkurv', exact: true }) : this.main.getByRole('link', { name: `Papirkurv (${count})` })
  }
}

export class TrashPage {
  readonly main: Locator
  readonly emptyHeading: Locator
  readonly emptyTrash: Locator
  /** The question before anything is erased for good. */
  readonly confirm: Locator
  readonly cancel: Locator
  readonly eraseForGood: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.emptyHeading = this.main.getByRole('heading', { name: 'Papirkurven er tom' })
    this.emptyTrash = this.main.getByRole('button', { name: 'Tøm papirkurven' })
    this.confirm = dialog(page, 'Tømme papirkurven?')
    this.cancel = this.confirm.getByRole('button', { name: 'Avbryt' })
    this.eraseForGood = this.confirm.getByRole('button', { name: 'Slett for godt' })
  }

  /** An organisation in the trash, by its name cell. */
  entry(name: string): Locator {
    return this.main.getByRole('table', { name: 'Virksomheter i papirkurven' }).getByRole('cell', { name, exact: true })
  }

  async restore(name: string): Promise<void> {
    await this.main.getByRole('button', { name: `Gjenopprett ${name}` }).click()
  }
}
