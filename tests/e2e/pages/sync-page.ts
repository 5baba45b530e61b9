/** Synkronisering: the shared folder, "Synkroniser nå", the other laptops and the conflicts; and the sidebar's status. */
import type { Locator, Page } from '@playwright/test'
import { expect } from '../fixtures'
import { mainOf } from './shell'

/** The id of the newest notice in `list` (ids only grow), or 0. */
const newest = (list: Locator) => list.evaluateAll((els) => Math.max(0, ...els.map((e) => Number(e.getAttribute('data-notice')))))

export class SyncPage {
  readonly main: Locator
  readonly chooseFolder: Locator
  readonly syncNow: Locator
  readonly facts: Locator
  readonly laptops: Locator
  readonly openConflicts: Locator
  readonly conflictsRegion: Locator
  readonly problems: Locator
  /** The sidebar's status, a link to this page. */
  readonly badge: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.chooseFolder = this.main.getByRole('button', { name: 'Velg mappe for synkronisering …' })
    this.syncNow = this.main.getByRole('button', { name: 'Synkroniser nå' })
    this.facts = this.main.getByRole('region', { name: 'Mappe for synkronisering' })
    this.laptops = this.main.getByRole('table', { name: 'Andre maskiner i gruppen' })
    this.conflictsRegion = this.main.getByRole('region', { name: 'Konflikter' })
    this.openConflicts = this.conflictsRegion.getByRole('list', { name: 'Konflikter å avgjøre' })
    this.problems = this.facts.getByRole('alert')
    this.badge = page.getByRole('link', { name: 'Synkronisering: status' })
  }

  static readonly path = '/#/synkronisering'

  async open(): Promise<void> {
    await this.page.goto(SyncPage.path)
  }

  /** The way a user finds it: Innstillinger, then the link in its Synkronisering card. */
  async openFromSettings(): Promise<void> {
    await this.page.goto('/#/innstillinger')
    await mainOf(this.page).getByRole('region', { name: 'Synkronisering' }).getByRole('link', { name: 'Åpne synkronisering' }).click()
    await mainOf(this.page).getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor()
  }

  /** Another laptop's row, by who uses it. */
  laptop(userName: string): Locator {
    return this.laptops.getByRole('row', { name: new RegExp(`«${userName}»`) })
  }

  /** One conflict, by its field and record as the list says them ("Notater for Virksomheten «Bygg AS»"). */
  conflict(field: string, record: string): Locator {
    return this.openConflicts.getByRole('listitem', { name: `${field} for ${record}` })
  }

  /** Keeps one side of a conflict: the button names the value to keep. */
  keep(value: string, field: string, record: string): Locator {
    return this.conflict(field, record).getByRole('button', { name: `Behold ${value} for ${field}, ${record}` })
  }

  /** Runs a round and waits until it has finished (the button is there again). */
  /**
   * Clicks "Synkroniser nå" and waits for that sync's own outcome notice. Waiting for the button's
   * name to come back could pass before the click's re-render, and a "ferdig" still shown from an
   * earlier sync is replaced by this one's (a new notice id) when it ends: a check of the notice in
   * between measured one leaving the page.
   */
  async sync(): Promise<void> {
    const notices = this.page.locator('[data-notice]')
    const before = await newest(notices)
    await this.syncNow.click()
    await expect.poll(() => newest(notices.filter({ hasText: /^Synkroniseringen (er|ble ikke helt) ferdig/ }))).toBeGreaterThan(before)
  }
}
