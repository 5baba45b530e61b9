/**
 * Probable duplicates ("Mulig duplikat") in the register and among an organisation's people, and
 * the "Slå sammen virksomheter" / "Slå sammen personer" dialog.
 */
import type { Locator, Page } from '@playwright/test'
import { dialog, mainOf } from './shell'

export class DuplicatesPanel {
  readonly region: Locator

  private constructor(
    readonly page: Page,
    region: string,
    readonly dialogTitle: string,
  ) {
    this.region = mainOf(page).getByRole('region', { name: region })
  }

  /** In the register: organisations. */
  static organisations(page: Page): DuplicatesPanel {
    return new DuplicatesPanel(page, 'Mulige duplikater', 'Slå sammen virksomheter')
  }

  /** On an organisation's page: its people. */
  static people(page: Page): DuplicatesPanel {
    return new DuplicatesPanel(page, 'Mulige duplikater blant personene', 'Slå sammen personer')
  }

  /** The "Slå sammen …" button of one pair, named by both (people: and the e-mail, "Kari og Kari (kari@x.no)"). */
  mergeButton(pair: string): Locator {
    return this.region.getByRole('button', { name: `Slå sammen ${pair}` })
  }

  async openMerge(pair: string): Promise<MergeDialog> {
    await this.mergeButton(pair).click()
    return new MergeDialog(this.page, this.dialogTitle)
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

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.root = dialog(page, title)
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
