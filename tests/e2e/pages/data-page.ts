/**
 * Data: export everything, import a file with its preview, import a spreadsheet, the backups and
 * erasing a person for good. Files reach the page through main's open dialog, which the test host
 * answers: the actions that open a file take the host.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import type { TestHost } from '../host/test-host'
import { dialog, heading, mainOf, MainMenu } from './shell'

export type ImportMode = 'merge' | 'replace'

export class DataPage {
  readonly main: Locator
  readonly heading: Locator
  /** "Varsel om sikkerhetskopi": no backup from this laptop, or only an old one. */
  readonly backupWarning: Locator
  readonly export: ExportSection
  readonly import: ImportSection
  readonly spreadsheet: SpreadsheetImport
  readonly backups: Backups
  readonly privacy: Privacy

  constructor(
    readonly page: Page,
    private readonly host: TestHost,
  ) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Data')
    this.backupWarning = this.main.getByRole('region', { name: 'Varsel om sikkerhetskopi' })
    this.export = new ExportSection(this.main)
    this.import = new ImportSection(page, host)
    this.spreadsheet = new SpreadsheetImport(this.main, host)
    this.backups = new Backups(this.main)
    this.privacy = new Privacy(page)
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Data')
  }

  /** "Eksporter alt", until the page says the file is saved: the file's path. */
  async exportEverything(): Promise<string> {
    await this.export.exportAll.click()
    await expect(this.export.saved).toBeVisible()
    return this.host.savedPaths.at(-1)!
  }
}

export class ExportSection {
  readonly region: Locator
  readonly exportAll: Locator
  /** The website's member list: names, member or partner, year signed. */
  readonly publicMemberList: Locator
  /** "Eksporten er lagret i …", once the file is written and read back. */
  readonly saved: Locator
  /** The progress bar shown while the export runs. */
  readonly running: Locator
  /** "Avbryt eksporten", beside the progress bar. */
  readonly cancel: Locator

  constructor(main: Locator) {
    this.region = main.getByRole('region', { name: 'Eksport' })
    this.exportAll = this.region.getByRole('button', { name: 'Eksporter alt' })
    this.publicMemberList = this.region.getByRole('button', { name: 'Medlemsliste til nettsiden (CSV)' })
    this.saved = this.region.getByText(/Eksporten er lagret i/)
    this.running = this.region.getByRole('progressbar', { name: /Forbereder eksporten/ })
    this.cancel = this.region.getByRole('button', { name: 'Avbryt eksporten' })
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}

const MODE_LABELS: Record<ImportMode, { choice: RegExp; apply: string }> = {
  merge: { choice: /Slå sammen/, apply: 'Slå sammen' },
  replace: { choice: /Erstatt alt/, apply: 'Erstatt alt' },
}

/** "Import": a file is read, checked and previewed per table before anything is written. */
export class ImportSection {
  readonly region: Locator
  readonly importFileButton: Locator
  readonly progress: Locator
  readonly problem: Locator
  readonly preview: Locator
  readonly replaceQuestion: Locator
  readonly confirmReplace: Locator
  /** Stops the import while it runs; nothing is changed. */
  readonly cancelImport: Locator

  constructor(
    readonly page: Page,
    private readonly host: TestHost,
  ) {
    this.region = mainOf(page).getByRole('region', { name: 'Import', exact: true })
    this.importFileButton = this.region.getByRole('button', { name: 'Importer fil …' })
    this.progress = mainOf(page).getByRole('progressbar')
    this.problem = this.region.getByRole('alert')
    this.preview = this.region.getByRole('table', { name: 'Forhåndsvisning per tabell' })
    this.replaceQuestion = dialog(page, 'Erstatte alle data?')
    this.confirmReplace = this.replaceQuestion.getByRole('button', { name: 'Erstatt alt' })
    this.cancelImport = this.region.getByRole('button', { name: 'Avbryt importen' })
  }

  /** Picks the file in the open dialog; with a mode, chooses it once the preview is there. */
  async importFile(path: string, mode?: ImportMode): Promise<void> {
    this.host.answerOpen(path)
    await this.importFileButton.click()
    if (mode) await this.mode(mode).check()
  }

  mode(mode: ImportMode): Locator {
    return this.region.getByRole('radio', { name: MODE_LABELS[mode].choice })
  }

  /** The button that carries the import out in the chosen mode. */
  apply(mode: ImportMode): Locator {
    return this.region.getByRole('button', { name: MODE_LABELS[mode].apply })
  }

  /** "Erstatt alt", then the same answer to the question that follows. */
  async replaceAll(): Promise<void> {
    await this.apply('replace').click()
    await this.confirmReplace.click()
  }

  /** The preview's counts for one table, by its Norwegian name ("Virksomheter"). */
  previewRow(table: string): Locator {
    return this.preview.getByRole('row', { name: new RegExp(`^${table}`) })
  }

  /** A refusal whose text contains `text`. */
  problemAbout(text: string | RegExp): Locator {
    return this.problem.filter({ hasText: text })
  }

  /**
   * One row changed on both copies, by words of its legend: a row's legend is the record as sync says
   * it (conflict('Virksomheter', 'Virksomheten «Endret her AS»'), or part of it: 'Endret her AS');
   * a merge fork's says its table first ('Virksomheter: «Bygg as» er slått sammen …').
   */
  conflict(table: string, record: string): Conflict {
    const name = record.startsWith('«') && record.includes('slått sammen') ? `${table}: ${record}` : record
    return new Conflict(this.region.getByRole('group', { name }))
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}

export class Conflict {
  constructor(readonly group: Locator) {}

  keepMine(name: string): Locator {
    return this.group.getByRole('radio', { name: new RegExp(`Behold min: ${name}`) })
  }

  useTheFiles(name: string): Locator {
    return this.group.getByRole('radio', { name: new RegExp(`Bruk filens: ${name}`) })
  }
}

/** "Import fra regneark": columns mapped to fields, each row shown with why it is left out. */
export class SpreadsheetImport {
  readonly region: Locator
  readonly open: Locator
  readonly rows: Locator

  constructor(
    main: Locator,
    private readonly host: TestHost,
  ) {
    this.region = main.getByRole('region', { name: 'Import fra regneark' })
    this.open = this.region.getByRole('button', { name: 'Importer regneark …' })
    this.rows = this.region.getByRole('table', { name: 'Rader fra regnearket' })
  }

  async importSpreadsheet(path: string): Promise<void> {
    this.host.answerOpen(path)
    await this.open.click()
  }

  /** The spreadsheet column a field is read from. */
  column(field: string): Locator {
    return this.region.getByLabel(field, { exact: true })
  }

  include(line: number, name: string): Locator {
    return this.rows.getByRole('checkbox', { name: `Ta med linje ${line}: ${name}` })
  }

  row(name: string): Locator {
    return this.rows.getByRole('row', { name })
  }

  importButton(count: number): Locator {
    return this.region.getByRole('button', { name: `Importer ${count} virksomheter` })
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}

export class Backups {
  readonly backupNow: Locator
  readonly table: Locator
  /** Shown while there is no backup at all. */
  readonly none: Locator

  constructor(main: Locator) {
    this.backupNow = main.getByRole('button', { name: 'Ta sikkerhetskopi nå' })
    this.table = main.getByRole('table', { name: 'Sikkerhetskopier' })
    this.none = main.getByRole('region', { name: 'Ingen sikkerhetskopier ennå' })
  }

  /** A backup's row, e.g. row(/Manuell/) or row(/Ola Nordmann\s*Ved lukking/). */
  row(name: RegExp): Locator {
    return this.table.getByRole('row', { name })
  }

  restore(row: Locator): Locator {
    return row.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
  }
}

/** "Personvern": how long people are kept, and erasing one for good. */
export class Privacy {
  readonly region: Locator
  readonly retentionYears: Locator
  readonly saveRetention: Locator
  readonly person: Locator
  readonly erase: Locator
  readonly eraseQuestion: Locator
  readonly cancelErase: Locator
  readonly confirmErase: Locator

  constructor(page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Personvern' })
    this.retentionYears = this.region.getByLabel('År før personer i utmeldte virksomheter foreslås slettet')
    this.saveRetention = this.region.getByRole('button', { name: 'Lagre oppbevaringstid' })
    this.person = this.region.getByLabel('Person', { exact: true })
    this.erase = this.region.getByRole('button', { name: 'Slett for godt …' })
    this.eraseQuestion = dialog(page, 'Slette for godt?')
    this.cancelErase = this.eraseQuestion.getByRole('button', { name: 'Avbryt' })
    this.confirmErase = this.eraseQuestion.getByRole('button', { name: 'Slett for godt' })
  }

  async setRetention(years: string): Promise<void> {
    await this.retentionYears.fill(years)
    await this.saveRetention.click()
  }

  /** Chooses a person by the option's label ("Name – Organisation") and asks to erase them. */
  async startErasing(option: string): Promise<void> {
    await this.person.selectOption({ label: option })
    await this.erase.click()
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}
