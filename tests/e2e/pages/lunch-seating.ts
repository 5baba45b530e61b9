/**
 * The lunch planner's two drag-and-drop parts: tables and seating on the floor plan, and the
 * speaking order. Each has a live region where dnd-kit says what is being moved.
 */
import type { Locator, Page } from '@playwright/test'
import { mainOf } from './shell'

export type TableShape = 'round' | 'rect'

export class SeatingPlan {
  readonly region: Locator
  readonly tables: Locator
  readonly seatsPerTable: Locator
  readonly shape: Locator
  readonly addTable: Locator
  readonly autoSeat: Locator
  readonly undo: Locator
  readonly redo: Locator
  /** The floor plan: every seat is a button named "Bord N, plass M: <guest or ledig>[, låst]". */
  readonly plan: Locator
  readonly emptySeats: Locator
  /** What the drag and drop says while a guest is moved. */
  readonly announcements: Locator
  /** "Regler for automatisk plassering": each soft rule with its box and weight. */
  readonly rules: Locator
  /** "Regler som ikke er oppfylt (N)". */
  readonly unmet: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Bord og bordplassering' })
    this.tables = this.region.getByRole('form', { name: 'Legg til bord' })
    this.seatsPerTable = this.tables.getByLabel('Antall plasser')
    this.shape = this.tables.getByLabel('Form')
    this.addTable = this.tables.getByRole('button', { name: 'Legg til bord' })
    const tools = this.region.getByRole('group', { name: 'Bordplassering' })
    this.autoSeat = tools.getByRole('button', { name: 'Plasser automatisk' })
    this.undo = tools.getByRole('button', { name: 'Angre' })
    this.redo = tools.getByRole('button', { name: 'Gjør om' })
    this.plan = this.region.getByRole('group', { name: 'Bordplan' })
    this.emptySeats = this.plan.getByRole('button', { name: /: ledig$/ })
    this.announcements = this.region.getByRole('status')
    this.rules = this.region.getByRole('group', { name: 'Regler for automatisk plassering' })
    this.unmet = this.region.getByRole('region', { name: /^Regler som ikke er oppfylt/ })
  }

  /** A soft rule's on/off box, by (the start of) its name. */
  rule(name: string | RegExp): Locator {
    return this.rules.getByRole('checkbox', { name })
  }

  async addTables(...tables: { seats?: string; shape?: TableShape }[]): Promise<void> {
    for (const table of tables) {
      if (table.seats !== undefined) await this.seatsPerTable.fill(table.seats)
      if (table.shape !== undefined) await this.shape.selectOption(table.shape)
      await this.addTable.click()
    }
  }

  /** "Ikke plassert (N)". */
  unseatedHeading(count: number): Locator {
    return this.region.getByRole('heading', { name: `Ikke plassert (${count})` })
  }

  /** An unseated guest, to drag onto a seat. */
  unseated(name: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^${name}`) })
  }

  /** The seat a guest sits on. */
  seatOf(name: string): Locator {
    return this.plan.getByRole('button', { name: new RegExp(`: ${name}`) })
  }

  /** Seats whose label matches, e.g. /^Bord 1, plass \d: Marit Vea/. */
  seats(name: RegExp): Locator {
    return this.plan.getByRole('button', { name })
  }

  /** "Bord N, plass M" of the seat a guest sits on, read from its label. */
  async placeOf(name: string): Promise<string> {
    return ((await this.seatOf(name).getAttribute('aria-label')) ?? '').split(':')[0]!
  }
}

export class SpeakingOrder {
  readonly region: Locator
  readonly list: Locator
  readonly speakers: Locator
  readonly shareTime: Locator
  /** What the keyboard and mouse drag say to a screen reader. */
  readonly announcements: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Taleliste' })
    this.list = this.region.getByRole('list', { name: 'Taleliste' })
    this.speakers = this.list.getByRole('listitem')
    this.shareTime = this.region.getByRole('button', { name: 'Fordel tiden likt' })
    this.announcements = this.region.getByRole('status')
  }

  /** The handle that picks a speaker up, by keyboard or mouse. */
  handle(organisation: string): Locator {
    return this.list.getByRole('button', { name: `Flytt ${organisation} til en annen plass` })
  }

  async moveDown(organisation: string): Promise<void> {
    await this.region.getByRole('button', { name: `Flytt ${organisation} ned` }).click()
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}
