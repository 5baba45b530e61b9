/**
 * Probable duplicates in the register ("Mulig duplikat") and the "Slå sammen virksomheter" dialog.
 */
import type { Locator, Page } from '@playwright/test'
import { dialog, mainOf } from './shell'

export class DuplicatesPanel {
  readonly region: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Mulige duplikater' })
  }

  /** The "Slå sammen …" button of one pair, named by both organisations. */
  mergeButton(first: string, second: string): Locator {
    return this.region.getByRole('button', { name: `Slå sammen ${first} og ${second}` })
  }

  async openMerge(first: string, second: string): Promise<MergeDialog> {
    await this.mergeButton(first, second).click()
    return new MergeDialog(this.page)
  }
}

export class MergeDialog {
  readonly root: Locator
  /** Which of the two remains. */
  readonly survivor: Locator
  /** "Flyttes til …: 1 påmelding". */
  readonly moves: Locator
  readonly problem: Locator
  readonly cancel: Locator
  readonly merge: Locator

  constructor(readonly page: Page) {
    this.root = dialog(page, 'Slå sammen virksomheter')
    this.survivor = this.root.getByRole('group', { name: 'Hvilken skal beholdes?' })
    this.moves = this.root.getByRole('status')
    this.problem = this.root.getByRole('alert')
    this.cancel = this.root.getByRole('button', { name: 'Avbryt' })
    this.merge = this.root.getByRole('button', { name: 'Slå sammen', exact: true })
  }

  /** One differing field's choice: a radio group named by the field, each radio by its value. */
  field(label: string): Locator {
    return this.root.getByRole('radiogroup', { name: label })
  }

  async keep(survivorText: string | RegExp): Promise<void> {
    await this.survivor.getByRole('radio', { name: survivorText }).check()
  }
}
