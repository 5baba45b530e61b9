/**
 * The pages that follow the members' year: Oversikt (the dashboard), Årsrapporter with one
 * report's form, and Kriterier.
 */
import type { Locator, Page } from '@playwright/test'
import { heading, mainOf, MainMenu } from './shell'

export class OverviewPage {
  readonly main: Locator
  readonly heading: Locator
  readonly members: Locator
  readonly applicants: Locator
  readonly nextLunch: Locator
  readonly upcomingEvents: Locator
  readonly exportCsv: Locator
  /** "Varsel om sikkerhetskopi", with its link to the backups. */
  readonly backupWarning: Locator
  readonly goToBackups: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Oversikt')
    this.members = this.tile('Medlemmer og partnere')
    this.applicants = this.tile('Søkere')
    this.nextLunch = this.tile('Neste signeringslunsj')
    this.upcomingEvents = this.tile('Kommende arrangementer')
    this.exportCsv = this.main.getByRole('button', { name: 'Eksporter oversikten (CSV)' })
    this.backupWarning = this.main.getByRole('region', { name: 'Varsel om sikkerhetskopi' })
    this.goToBackups = this.backupWarning.getByRole('link', { name: 'Gå til sikkerhetskopiene' })
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Oversikt')
  }

  tile(title: string): Locator {
    return this.main.getByRole('region', { name: title })
  }

  /** "Årsrapporter <year>": received and overdue. */
  reports(year: number): Locator {
    return this.tile(`Årsrapporter ${year}`)
  }

  seeReports(year: number): Locator {
    return this.reports(year).getByRole('link', { name: 'Se årsrapportene' })
  }

  /** "Kriterier <year>": members failing a criterion. */
  criteria(year: number): Locator {
    return this.tile(`Kriterier ${year}`)
  }

  seeCriteriaNotMet(year: number): Locator {
    return this.criteria(year).getByRole('link', { name: 'Se hvem som ikke oppfyller' })
  }

  /** "N oppfylte ikke kriteriene i <year − 1>" and "N i faresonen i <year>", links to Kriterier. */
  failedLastYear(year: number): Locator {
    return this.criteria(year).getByRole('link', { name: new RegExp(`oppfylte ikke kriteriene i ${year - 1}$`) })
  }

  atRisk(year: number): Locator {
    return this.criteria(year).getByRole('link', { name: new RegExp(`i faresonen i ${year}$`) })
  }

  text(text: string | RegExp): Locator {
    return this.main.getByText(text)
  }
}

/** Årsrapporter for one reporting year. */
export class ReportsPage {
  readonly main: Locator
  readonly heading: Locator
  readonly table: Locator
  readonly emptyHeading: Locator
  readonly yearStatus: Locator
  readonly showAddresses: Locator
  readonly addresses: Locator
  readonly writeReminder: Locator
  readonly statusReport: Locator

  constructor(
    readonly page: Page,
    readonly year: number,
  ) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Årsrapporter')
    this.table = this.main.getByRole('table', { name: `Årsrapporter ${year}` })
    this.emptyHeading = this.main.getByRole('heading', { name: `Ingen medlemmer eller partnere i ${year}` })
    this.yearStatus = this.main.getByRole('region', { name: 'Status for året' })
    this.showAddresses = this.main.getByRole('button', { name: 'Vis adressene' })
    this.addresses = this.main.getByLabel('E-postadresser til klimakontaktene')
    this.writeReminder = this.main.getByRole('button', { name: 'Skriv påminnelse i e-postprogrammet' })
    this.statusReport = this.main.getByRole('button', { name: `Lag statusrapport ${year} (PDF)` })
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Årsrapporter')
  }

  row(organisation: string): Locator {
    return this.table.getByRole('row', { name: organisation })
  }

  /** A member's report status (options by label: 'Mottatt', 'Godkjent', …; values such as 'ikke-mottatt'). */
  status(organisation: string): Locator {
    return this.table.getByLabel(`Status for ${organisation}`)
  }

  async openReport(organisation: string): Promise<void> {
    await this.table.getByRole('link', { name: organisation }).click()
  }

  text(text: string | RegExp): Locator {
    return this.main.getByText(text)
  }
}

/** One member's annual report for a year: "Årsrapport <year>: <organisation>". */
export class AnnualReportForm {
  readonly form: Locator
  readonly receivedDate: Locator
  readonly certification: Locator
  readonly keepsAccounts: Locator
  readonly scope1: Locator
  readonly measures: Locator
  readonly reduction: Locator
  readonly emissionsScope1: Locator
  readonly caseNumber: Locator
  readonly reportFile: Locator
  readonly attachFile: Locator
  readonly replaceFile: Locator
  readonly save: Locator

  constructor(
    readonly page: Page,
    readonly year: number,
  ) {
    this.form = mainOf(page).getByRole('form', { name: `Årsrapport ${year}` })
    this.receivedDate = this.form.getByLabel('Mottatt dato')
    this.certification = this.form.getByLabel('Miljøsertifisering')
    this.keepsAccounts = this.form.getByLabel('Fører klimaregnskap')
    this.scope1 = this.form.getByLabel('Scope 1', { exact: true })
    this.measures = this.form.getByLabel('Gjennomførte tiltak')
    this.reduction = this.form.getByLabel('Reduksjon i prosent')
    this.emissionsScope1 = this.form.getByLabel('Utslipp scope 1 (tonn CO₂e)')
    this.caseNumber = this.form.getByLabel('Saksnummer i arkivet')
    this.reportFile = this.form.getByRole('group', { name: 'Rapportfil' })
    this.attachFile = this.reportFile.getByRole('button', { name: 'Legg ved rapportfil' })
    this.replaceFile = this.reportFile.getByRole('button', { name: 'Bytt rapportfil' })
    this.save = this.form.getByRole('button', { name: 'Lagre årsrapporten' })
  }

  heading(organisation: string): Locator {
    return heading(this.page, `Årsrapport ${this.year}: ${organisation}`)
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }
}

/** Kriterier: the six criteria per member for a year, with the evidence behind each judgement. */
export class CriteriaPage {
  readonly main: Locator
  readonly heading: Locator
  readonly year: Locator
  readonly onlyFailing: Locator
  readonly onlyFailedLastYear: Locator
  readonly onlyAtRisk: Locator
  readonly exportCsv: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Kriterier')
    this.year = this.main.getByLabel('År', { exact: true })
    this.onlyFailing = this.main.getByLabel('Vis bare virksomheter som ikke oppfyller alle')
    this.onlyFailedLastYear = this.main.getByLabel('Oppfylte ikke i fjor')
    this.onlyAtRisk = this.main.getByLabel('I faresonen i år')
    this.exportCsv = this.main.getByRole('button', { name: 'Eksporter kriteriene (CSV)' })
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Kriterier')
  }

  table(year: number): Locator {
    return this.main.getByRole('table', { name: `Kriterier ${year}` })
  }

  /** A member's row in the year's table. */
  row(year: number, organisation: string): Locator {
    return this.table(year).getByRole('row', { name: organisation })
  }

  /** Opens a member's evidence panel from the table. */
  async showEvidence(year: number, organisation: string): Promise<Locator> {
    await this.table(year).getByRole('button', { name: organisation }).click()
    return this.main.getByRole('region', { name: `${organisation} – ${year}` })
  }

  /** "Nøkkeltall <year> mot <year − 1>". */
  keyFigures(year: number): Locator {
    return this.main.getByRole('table', { name: `Nøkkeltall ${year} mot ${year - 1}` })
  }
}
