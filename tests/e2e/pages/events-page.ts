/**
 * Arrangementer: the list of events, the event form, and the attendance facts of a year.
 */
import type { Locator, Page } from '@playwright/test'
import { heading, mainOf, MainMenu } from './shell'

export class EventsPage {
  readonly main: Locator
  readonly heading: Locator
  readonly emptyHeading: Locator
  readonly newEvent: Locator
  readonly upcoming: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.heading = heading(page, 'Arrangementer')
    this.emptyHeading = this.main.getByRole('heading', { name: 'Ingen arrangementer ennå' })
    this.newEvent = this.main.getByRole('link', { name: 'Nytt arrangement' })
    this.upcoming = this.main.getByRole('table', { name: 'Kommende arrangementer' })
  }

  async open(): Promise<void> {
    await new MainMenu(this.page).go('Arrangementer')
  }

  /** An upcoming event's row, found by (part of) its title. */
  upcomingRow(title: string): Locator {
    return this.upcoming.getByRole('row', { name: title })
  }
}

export type EventFields = { title?: string; date?: string; start?: string; end?: string; capacity?: string; room?: string }

/** "Nytt arrangement", or "Rediger arrangement" for one that exists. */
export class EventForm {
  readonly form: Locator
  readonly title: Locator
  readonly date: Locator
  readonly start: Locator
  readonly end: Locator
  readonly place: Locator
  readonly room: Locator
  readonly capacity: Locator
  readonly save: Locator

  constructor(
    readonly page: Page,
    mode: 'new' | 'edit' = 'new',
  ) {
    this.form = mainOf(page).getByRole('form', { name: mode === 'new' ? 'Nytt arrangement' : 'Rediger arrangement' })
    this.title = this.form.getByLabel('Tittel')
    this.date = this.form.getByLabel('Dato')
    this.start = this.form.getByLabel('Starttid')
    this.end = this.form.getByLabel('Sluttid')
    this.place = this.form.getByLabel('Sted')
    this.room = this.form.getByLabel('Rom')
    this.capacity = this.form.getByLabel('Kapasitet')
    this.save = this.form.getByRole('button', { name: 'Lagre' })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Fills the fields given and saves; the caller looks for the event page or the errors. */
  async submit(fields: EventFields): Promise<void> {
    if (fields.title !== undefined) await this.title.fill(fields.title)
    if (fields.date !== undefined) await this.date.fill(fields.date)
    if (fields.start !== undefined) await this.start.fill(fields.start)
    if (fields.end !== undefined) await this.end.fill(fields.end)
    if (fields.capacity !== undefined) await this.capacity.fill(fields.capacity)
    if (fields.room !== undefined) await this.room.fill(fields.room)
    await this.save.click()
  }
}

/** "Oppmøte per år" (/arrangementer/oppmote): the facts behind the criteria Deltakelse and Lederforankring. */
export class AttendanceYearPage {
  static readonly path = '/#/arrangementer/oppmote'
  readonly main: Locator
  readonly year: Locator
  readonly exportCsv: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.year = this.main.getByRole('region', { name: 'Valg' }).getByLabel('År')
    this.exportCsv = this.main.getByRole('button', { name: 'Eksporter oppmøte (CSV)' })
  }

  async open(): Promise<void> {
    await this.page.goto(AttendanceYearPage.path)
  }

  /** The box that makes an event kind count as participation (e.g. "Signeringslunsj"). */
  countsAsParticipation(kind: string): Locator {
    return this.main.getByLabel(kind)
  }

  withoutParticipation(year: number): Locator {
    return this.main.getByRole('region', { name: new RegExp(`Medlemmer og partnere uten deltakelse i ${year}`) })
  }

  withoutLeader(): Locator {
    return this.main.getByRole('region', { name: /uten toppleder eller stedfortreder/ })
  }
}
