/**
 * Innstillinger: the commissioner, the secretariat and this laptop's user; the folders main writes
 * to; the contract template; the annual reports' due date and criteria settings.
 */
import type { Locator, Page } from '@playwright/test'
import { heading, mainOf, MainMenu } from './shell'

export type GeneralSettings = {
  commissionerName?: string
  commissionerTitle?: string
  secretariatEmail?: string
  secretariatPhone?: string
  userName?: string
}

export class SettingsPage {
  readonly main: Locator
  readonly heading: Locator
  readonly form: Locator
  readonly commissionerName: Locator
  readonly commissionerTitle: Locator
  readonly secretariatEmail: Locator
  readonly secretariatPhone: Locator
  readonly userName: Locator
  readonly save: Locator
  readonly chooseOutputFolder: Locator
  readonly chooseBackupFolder: Locator
  readonly template: TemplateEditor
  readonly reports: ReportSettings

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Innstillinger')
    this.form = this.main.getByRole('form', { name: 'Innstillinger' })
    this.commissionerName = this.form.getByLabel('Byrådens navn')
    this.commissionerTitle = this.form.getByLabel('Byrådens tittel')
    this.secretariatEmail = this.form.getByLabel('Sekretariatets e-post')
    this.secretariatPhone = this.form.getByLabel('Sekretariatets telefon')
    this.userName = this.form.getByLabel('Ditt navn')
    this.save = this.form.getByRole('button', { name: 'Lagre' })
    const folders = this.main.getByRole('region', { name: 'Mapper' })
    this.chooseOutputFolder = folders.getByRole('button', { name: 'Velg mappe for dokumenter' })
    this.chooseBackupFolder = folders.getByRole('button', { name: 'Velg ekstra mappe for sikkerhetskopier' })
    this.template = new TemplateEditor(this.main)
    this.reports = new ReportSettings(this.main)
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Innstillinger')
  }

  text(text: string | RegExp): Locator {
    return this.main.getByText(text)
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Fills what is given and saves; the caller looks for the notice or the errors. */
  async saveSettings(settings: GeneralSettings): Promise<void> {
    if (settings.commissionerName !== undefined) await this.commissionerName.fill(settings.commissionerName)
    if (settings.commissionerTitle !== undefined) await this.commissionerTitle.fill(settings.commissionerTitle)
    if (settings.secretariatPhone !== undefined) await this.secretariatPhone.fill(settings.secretariatPhone)
    if (settings.secretariatEmail !== undefined) await this.secretariatEmail.fill(settings.secretariatEmail)
    if (settings.userName !== undefined) await this.userName.fill(settings.userName)
    await this.save.click()
  }
}

/** "Kontraktmal": the contract text with {{fields}}, saved as a new version. */
export class TemplateEditor {
  readonly form: Locator
  readonly body: Locator
  readonly adopt: Locator
  /** Which tier's template is edited: "Medlemmer" or "Partnere". */
  readonly tier: Locator

  constructor(main: Locator) {
    this.tier = main.getByLabel('Mal for')
    this.form = main.getByRole('form', { name: 'Kontraktmal' })
    this.body = this.form.getByLabel('Kontrakttekst')
    this.adopt = this.form.getByRole('button', { name: 'Ta i bruk som ny versjon' })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  async adoptText(text: string): Promise<void> {
    await this.body.fill(text)
    await this.adopt.click()
  }
}

/** "Årsrapporter og kriterier": the report's due date and the municipalities that count. */
export class ReportSettings {
  readonly form: Locator
  readonly dueDate: Locator
  readonly update: Locator

  constructor(main: Locator) {
    this.form = main.getByRole('form', { name: 'Årsrapporter og kriterier' })
    this.dueDate = this.form.getByLabel('Frist for årsrapporten')
    this.update = this.form.getByRole('button', { name: 'Oppdater frister og kommuner' })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  async setDueDate(date: string): Promise<void> {
    await this.dueDate.fill(date)
    await this.update.click()
  }
}
