/**
 * One organisation's page: its details, pipeline status, people and change history, and the
 * panels other features put on it (contract, annual reports, attendance).
 */
import type { Locator, Page } from '@playwright/test'
import { ContractPanel } from './contracts'
import { dialog, heading, mainOf } from './shell'

export type NewPerson = { name: string; title?: string; email?: string; roles?: ('Toppleder' | 'Stedfortreder' | 'Klimakontakt')[] }

export class OrganisationPage {
  readonly main: Locator
  readonly heading: Locator
  readonly backToRegister: Locator
  readonly edit: Locator
  /** The pipeline status badge beside the title, read out as "Status: Partner". */
  readonly statusBadge: Locator
  readonly delete: Locator
  readonly deleteQuestion: Locator
  readonly moveToTrash: Locator
  readonly addPerson: Locator
  readonly people: Locator
  readonly status: StatusSection
  readonly history: Locator
  readonly criteria: Locator
  readonly reports: Locator
  readonly attendance: Locator
  readonly contract: ContractPanel
  readonly batchContracts: Locator

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.main = mainOf(page)
    this.heading = heading(page, name)
    this.backToRegister = this.main.getByRole('link', { name: '← Virksomheter' })
    this.edit = this.main.getByRole('link', { name: 'Rediger' })
    this.statusBadge = this.main.getByText(/^Status: \S/)
    this.delete = this.main.getByRole('button', { name: 'Slett' })
    this.deleteQuestion = dialog(page, `Slette ${name}?`)
    this.moveToTrash = this.deleteQuestion.getByRole('button', { name: 'Flytt til papirkurven' })
    this.addPerson = this.main.getByRole('button', { name: 'Legg til person' })
    this.people = this.main.getByRole('table', { name: 'Personer' })
    this.status = new StatusSection(page)
    this.history = this.main.getByRole('region', { name: 'Endringslogg' })
    this.criteria = this.main.getByRole('table', { name: 'Medlemskriterier' })
    this.reports = this.main.getByRole('region', { name: 'Årsrapporter' })
    this.attendance = this.main.getByRole('region', { name: 'Arrangementer og oppmøte' })
    this.contract = new ContractPanel(page)
    this.batchContracts = this.main.getByRole('link', { name: 'Lag klimakontrakter for flere virksomheter samtidig' })
  }

  static path(id: string): string {
    return `/#/virksomheter/${id}`
  }

  /** Text anywhere on the page itself (not in a notice). */
  text(text: string | RegExp): Locator {
    return this.main.getByText(text)
  }

  /** A person's name or role as a cell of the people table. */
  personCell(text: string): Locator {
    return this.people.getByRole('cell', { name: text, exact: true })
  }

  /** The website or e-mail address, shown as a button that opens it outside the app. */
  externalLink(address: string): Locator {
    return this.main.getByRole('button', { name: address })
  }

  /** Last year's verdict on the criteria, with the reasons. */
  criteriaLastYear(year: number): Locator {
    return this.main.getByRole('region', { name: `Kriteriene i ${year}` })
  }

  /** This year's progress on the criteria and why the member is at risk. */
  criteriaProgress(year: number): Locator {
    return this.main.getByRole('region', { name: `Fremdrift i ${year}` })
  }

  /** A criterion's row in "Medlemskriterier", by its label ("Intensjon"). */
  criterion(label: string): Locator {
    return this.criteria.getByRole('row', { name: label })
  }

  /** The link from the reports panel to the form for a year's report. */
  registerReport(year: number): Locator {
    return this.reports.getByRole('link', { name: `Registrer årsrapporten for ${year}` })
  }

  /** One line of the change history. */
  historyEntry(text: string): Locator {
    return this.history.getByRole('listitem').filter({ hasText: text })
  }

  /** Moves the organisation to the trash after the question; the app then shows the register. */
  async moveToTheTrash(): Promise<void> {
    await this.delete.click()
    await this.moveToTrash.click()
  }

  async startAddingPerson(): Promise<PersonForm> {
    await this.addPerson.click()
    return new PersonForm(this.page)
  }
}

/** The form that adds a person to the organisation. */
export class PersonForm {
  readonly form: Locator
  readonly name: Locator
  readonly title: Locator
  readonly email: Locator
  readonly add: Locator

  constructor(readonly page: Page) {
    this.form = mainOf(page).getByRole('form', { name: 'Ny person' })
    this.name = this.form.getByLabel('Navn')
    this.title = this.form.getByLabel('Tittel')
    this.email = this.form.getByLabel('E-post')
    this.add = this.form.getByRole('button', { name: 'Legg til' })
  }

  role(label: NonNullable<NewPerson['roles']>[number]): Locator {
    return this.form.getByLabel(label)
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  async fill(person: Partial<NewPerson>): Promise<void> {
    if (person.name !== undefined) await this.name.fill(person.name)
    if (person.title !== undefined) await this.title.fill(person.title)
    if (person.email !== undefined) await this.email.fill(person.email)
    for (const role of person.roles ?? []) await this.role(role).check()
  }

  async submit(person: Partial<NewPerson> = {}): Promise<void> {
    await this.fill(person)
    await this.add.click()
  }
}

/** "Status i medlemsløpet": where the organisation is now, its periods, and the form for a new step. */
export class StatusSection {
  readonly region: Locator
  readonly form: Locator
  readonly newStatus: Locator
  readonly from: Locator
  readonly note: Locator
  readonly register: Locator
  readonly removeQuestion: Locator
  readonly confirmRemove: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Status i medlemsløpet' })
    this.form = this.region.getByRole('form', { name: 'Registrer ny status' })
    this.newStatus = this.form.getByLabel('Ny status')
    this.from = this.form.getByLabel('Fra dato')
    this.note = this.form.getByLabel('Merknad')
    this.register = this.form.getByRole('button', { name: 'Registrer status' })
    this.removeQuestion = dialog(page, 'Fjerne statusendringen?')
    this.confirmRemove = this.removeQuestion.getByRole('button', { name: 'Fjern' })
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Registers a step; `status` is the option value (e.g. 'utmeldt'), `from` a date as typed. */
  async record(step: { status?: string; from: string; note?: string }): Promise<void> {
    if (step.status !== undefined) await this.newStatus.selectOption(step.status)
    await this.from.fill(step.from)
    if (step.note !== undefined) await this.note.fill(step.note)
    await this.register.click()
  }

  /** Removes a step, named as the list shows it ("Medlem 15.11.2026"), after the question. */
  async remove(step: string): Promise<void> {
    await this.region.getByRole('button', { name: `Fjern ${step}` }).click()
    await this.confirmRemove.click()
  }
}
