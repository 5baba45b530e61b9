/**
 * The door: the full-window check-in of one event, with its search, the walk-in form, the counter
 * and the paper list.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class CheckInPage {
  readonly region: Locator
  readonly search: Locator
  /** "N / M": the accessible name says "Møtt N av M påmeldte". */
  readonly counter: Locator
  readonly matches: Locator
  /** The highlighted match, the one Enter checks in. */
  readonly selectedMatch: Locator
  readonly recent: Locator
  readonly newWalkIn: Locator
  readonly participantList: Locator
  readonly finish: Locator
  readonly walkIn: WalkInForm

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Innsjekking' })
    this.search = this.region.getByRole('combobox', { name: 'Søk etter navn eller virksomhet' })
    this.counter = this.region.getByLabel(/^Møtt \d+ av \d+ påmeldte$/)
    this.matches = this.region.getByRole('listbox', { name: 'Treff' })
    this.selectedMatch = this.matches.getByRole('option', { selected: true })
    this.recent = this.region.getByRole('region', { name: 'Sist ankommet' })
    this.newWalkIn = this.region.getByRole('button', { name: 'Ny deltaker uten påmelding' })
    this.participantList = this.region.getByRole('button', { name: 'Deltakerliste (PDF)' })
    this.finish = this.region.getByRole('link', { name: 'Avslutt innsjekking' })
    this.walkIn = new WalkInForm(this.region)
  }

  static path(eventId: string): string {
    return `/#/arrangementer/${eventId}/innsjekking`
  }

  async open(eventId: string): Promise<void> {
    await this.page.goto(CheckInPage.path(eventId))
  }

  match(name: string | RegExp): Locator {
    return this.matches.getByRole('option', { name })
  }

  /** What the door says (checked in, already there, undone, the capacity reached). */
  message(text: string | RegExp): Locator {
    return this.region.getByRole('status').filter({ hasText: text })
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }

  /**
   * Types a fragment, waits until the person expected is the highlighted match, presses Enter and
   * waits for the door to confirm, as someone at the door reads the screen before and after.
   */
  async checkIn(fragment: string, name: string): Promise<void> {
    await this.search.fill(fragment)
    await expect(this.selectedMatch).toContainText(name)
    await this.page.keyboard.press('Enter')
    await expect(this.message(`${name} (`)).toContainText('er sjekket inn kl.')
  }
}

/** "Ny deltaker uten påmelding": a name and an organisation, found or new, picked by typing. */
export class WalkInForm {
  readonly form: Locator
  readonly name: Locator
  readonly organisation: Locator
  readonly selectedOrganisation: Locator
  /** The organisation's known people the typed name matches. */
  readonly known: Locator
  readonly role: Locator
  readonly someoneElse: Locator
  readonly addNew: Locator

  constructor(within: Locator) {
    this.form = within.getByRole('form', { name: 'Ny deltaker uten påmelding' })
    this.name = this.form.getByLabel('Navn')
    this.organisation = this.form.getByRole('combobox', { name: 'Virksomhet' })
    this.selectedOrganisation = this.form.getByRole('listbox', { name: 'Virksomheter' }).getByRole('option', { selected: true })
    this.known = this.form.getByRole('list', { name: /^Kjente personer i / })
    this.role = this.form.getByLabel('Rolle', { exact: true })
    this.someoneElse = this.form.getByLabel('Dette er en annen person – legg til som ny')
    this.addNew = this.form.getByRole('button', { name: 'Legg til og sjekk inn' })
  }

  /** The form's own button when the typed name is exactly one known person: "Sjekk inn Kari Nordmann". */
  checkInKnown(name: string): Locator {
    return this.form.getByRole('button', { name: `Sjekk inn ${name}`, exact: true })
  }
}
