/**
 * Søknader: the import from the application form (mapping, sectors, municipalities, rows) and the
 * review queue (evidence per criterion, decisions). The file reaches the page through main's open
 * dialog, which the test host answers.
 */
import type { Locator, Page } from '@playwright/test'
import type { TestHost } from '../host/test-host'
import { heading, mainOf, MainMenu } from './shell'

export class ApplicationsPage {
  readonly main: Locator
  readonly heading: Locator
  readonly import: ApplicationImport
  readonly queue: ApplicationQueue

  constructor(
    readonly page: Page,
    host: TestHost,
  ) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Søknader')
    this.import = new ApplicationImport(this.main, host)
    this.queue = new ApplicationQueue(this.main)
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Søknader')
  }
}

export class ApplicationImport {
  readonly region: Locator
  readonly open: Locator
  readonly rows: Locator
  readonly summary: Locator
  readonly openQuestions: Locator

  constructor(
    main: Locator,
    private readonly host: TestHost,
  ) {
    this.region = main.getByRole('region', { name: 'Importer fra søknadsskjemaet' })
    this.open = this.region.getByRole('button', { name: 'Importer søknader …' })
    this.rows = this.region.getByRole('table', { name: 'Søknader i filen' })
    this.summary = this.region.getByLabel('Oppsummering')
    this.openQuestions = this.region.getByRole('list', { name: 'Må besvares før import' })
  }

  async importFile(path: string): Promise<void> {
    this.host.answerOpen(path)
    await this.open.click()
  }

  /** The column a form field is read from ("Toppleders e-post"). */
  column(field: string): Locator {
    return this.region.getByRole('combobox', { name: field, exact: true })
  }

  /** The two sample values shown beside a field. */
  samples(field: string): Locator {
    return this.column(field).locator('xpath=following-sibling::span[1]')
  }

  sector(answer: string): Locator {
    return this.region.getByRole('combobox', { name: `Bransje «${answer}»` })
  }

  municipality(place: string): Locator {
    return this.region.getByRole('combobox', { name: `Kommune for ${place}` })
  }

  /** The row's "Ta med" box: the line in the file and the organisation's name. */
  include(line: number, name: string): Locator {
    return this.rows.getByRole('checkbox', { name: `Ta med rad ${line}: ${name}`, exact: true })
  }

  row(line: number, name: string): Locator {
    // `has` is matched inside each row: a locator from the page, not one already inside the table.
    return this.rows.getByRole('row').filter({ has: this.rows.page().getByRole('checkbox', { name: `Ta med rad ${line}: ${name}`, exact: true }) })
  }

  importButton(count: number): Locator {
    return this.region.getByRole('button', { name: `Importer ${count} søknader` })
  }
}

export class ApplicationQueue {
  readonly region: Locator
  readonly table: Locator
  readonly decisionDate: Locator
  readonly reason: Locator
  readonly approve: Locator
  readonly reject: Locator

  constructor(main: Locator) {
    this.region = main.getByRole('region', { name: /Søkere som venter på vedtak/ })
    this.table = this.region.getByRole('table', { name: 'Søkere' })
    this.decisionDate = this.region.getByLabel('Dato for vedtaket')
    this.reason = this.region.getByLabel('Begrunnelse')
    this.approve = this.region.getByRole('button', { name: 'Godkjenn valgte' })
    this.reject = this.region.getByRole('button', { name: 'Avslå valgte' })
  }

  /** "Lag N svarutkast" after a decision. */
  writeReplies(count: number): Locator {
    return this.region.getByRole('region', { name: 'Svarutkast' }).getByRole('button', { name: `Lag ${count} svarutkast` })
  }

  select(name: string): Locator {
    return this.region.getByRole('checkbox', { name: `Velg ${name}`, exact: true })
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.table.page().getByRole('checkbox', { name: `Velg ${name}`, exact: true }) })
  }

  /** The applicants' names, in the order the queue lists them. */
  names(): Promise<string[]> {
    return this.table.getByRole('link').allTextContents()
  }
}
