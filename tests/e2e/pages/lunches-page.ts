/**
 * Signeringslunsjer: the list of lunches and the form that starts a new one.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { heading, mainOf, MainMenu } from './shell'

export class LunchesPage {
  readonly main: Locator
  readonly emptyHeading: Locator
  readonly newLunch: Locator
  readonly form: Locator
  readonly date: Locator
  readonly room: Locator
  readonly create: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.emptyHeading = this.main.getByRole('heading', { name: 'Ingen signeringslunsjer ennå' })
    this.newLunch = this.main.getByRole('button', { name: 'Ny signeringslunsj' })
    this.form = this.main.getByRole('form', { name: 'Ny signeringslunsj' })
    this.date = this.form.getByLabel('Dato')
    this.room = this.form.getByLabel('Rom')
    this.create = this.form.getByRole('button', { name: 'Opprett' })
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Signeringslunsjer')
  }

  /** A lunch's row in "Alle signeringslunsjer", by (part of) its name. */
  row(name: string): Locator {
    return this.main.getByRole('table', { name: 'Alle signeringslunsjer' }).getByRole('row', { name })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Fills the new-lunch form and presses Opprett; the caller looks for the planner or the errors. */
  async submit(lunch: { date?: string; room?: string }): Promise<void> {
    if (lunch.date !== undefined) await this.date.fill(lunch.date)
    if (lunch.room !== undefined) await this.room.fill(lunch.room)
    await this.create.click()
  }

  /** Opens the form, creates a lunch on that date and waits for its planner. */
  async createLunch(date: string): Promise<void> {
    await this.newLunch.click()
    await this.submit({ date })
    await expect(heading(this.page, `Signeringslunsj ${date}`)).toBeVisible()
  }
}
