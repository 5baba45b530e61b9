/**
 * Klimakontrakt: the panel on an organisation's page (make, sign, attach, re-print) and the page
 * that makes contracts for several organisations at once.
 */
import type { Locator, Page } from '@playwright/test'
import { heading, mainOf } from './shell'

export type ContractDetails = { signingDate?: string; commissioner?: string }

export class ContractPanel {
  readonly region: Locator
  readonly signer: Locator
  /** Who signs: a person of the organisation, or "Annen person". */
  readonly person: Locator
  readonly signingDate: Locator
  readonly commissioner: Locator
  readonly make: Locator
  /** The contracts made so far, one row each. */
  readonly history: Locator
  readonly signature: SignatureForm

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Klimakontrakt' })
    this.signer = this.region.getByLabel('Navn på den som signerer')
    this.person = this.region.getByLabel('Person', { exact: true })
    this.signingDate = this.region.getByLabel('Signeringsdato')
    this.commissioner = this.region.getByLabel('Byrådens navn')
    this.make = this.region.getByRole('button', { name: 'Lag klimakontrakt' })
    this.history = this.region.getByRole('table', { name: 'Kontrakthistorikk' })
    this.signature = new SignatureForm(page)
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }

  /** Fills what is given and asks for the contract; the save dialog and the notice come after. */
  async makeContract(details: ContractDetails = {}): Promise<void> {
    if (details.signingDate !== undefined) await this.signingDate.fill(details.signingDate)
    if (details.commissioner !== undefined) await this.commissioner.fill(details.commissioner)
    await this.make.click()
  }

  /** The history row of the contract made from this template version (e.g. "Versjon 1"). */
  row(version: string): Locator {
    return this.history.getByRole('row').filter({ hasText: version })
  }

  /** The case-number field of a contract and the button that saves it. */
  caseNumber(within: Locator = this.history): Locator {
    return within.getByRole('textbox', { name: /^Saksnummer for kontrakten/ })
  }

  saveCaseNumber(within: Locator = this.history): Locator {
    return within.getByRole('button', { name: 'Lagre' })
  }

  registerSignature(within: Locator = this.history): Locator {
    return within.getByRole('button', { name: /^Registrer signatur for kontrakten/ })
  }

  attachSignedCopy(within: Locator = this.history): Locator {
    return within.getByRole('button', { name: /^Legg ved signert kopi for kontrakten/ })
  }

  reprint(within: Locator): Locator {
    return within.getByRole('button', { name: /^Skriv ut på nytt/ })
  }

  remove(within: Locator): Locator {
    return within.getByRole('button', { name: /^Fjern kontrakten/ })
  }
}

/** "Registrer signatur": the date a contract was signed. */
export class SignatureForm {
  readonly form: Locator
  readonly signedOn: Locator
  readonly register: Locator

  constructor(readonly page: Page) {
    this.form = mainOf(page).getByRole('form', { name: 'Registrer signatur' })
    this.signedOn = this.form.getByLabel('Signert dato')
    this.register = this.form.getByRole('button', { name: 'Registrer signatur' })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  async submit(signedOn: string): Promise<void> {
    await this.signedOn.fill(signedOn)
    await this.register.click()
  }
}

/** "Klimakontrakter for flere": one merged PDF, and optionally one file per organisation. */
export class BatchContractsPage {
  readonly heading: Locator
  readonly form: Locator
  readonly commissioner: Locator
  readonly signingDate: Locator
  readonly oneFileEach: Locator
  readonly make: Locator
  readonly selectAll: Locator
  readonly clearSelection: Locator
  /** The signing lunch the contracts are made for (it fills the date and the commissioner). */
  readonly lunch: Locator
  readonly lunchFilter: Locator
  readonly statusFilter: Locator
  readonly tierFilter: Locator
  /** The list's legend: "Virksomheter (2 valgt av 3 viste)". */
  readonly listLegend: Locator
  /** "Lager klimakontrakter (1 av 2)" while main renders. */
  readonly progress: Locator
  /** Stops the batch while it runs. */
  readonly cancel: Locator

  constructor(readonly page: Page) {
    this.heading = heading(page, 'Klimakontrakter for flere')
    this.form = mainOf(page).getByRole('form', { name: 'Lag klimakontrakter for flere' })
    this.commissioner = this.form.getByLabel('Byrådens navn')
    this.signingDate = this.form.getByLabel('Signeringsdato')
    this.oneFileEach = this.form.getByRole('checkbox', { name: 'Lag også én fil per virksomhet' })
    this.make = this.form.getByRole('button', { name: 'Lag klimakontrakter' })
    this.selectAll = this.form.getByRole('button', { name: 'Velg alle' })
    this.lunch = this.form.getByLabel('Signeringslunsj', { exact: true })
    this.clearSelection = this.form.getByRole('button', { name: 'Fjern alle valg' })
    this.lunchFilter = this.form.getByLabel('Vis lunsj')
    this.statusFilter = this.form.getByLabel('Vis status')
    this.tierFilter = this.form.getByLabel('Vis nivå')
    this.listLegend = this.form.getByText(/^Virksomheter \(/)
    this.progress = this.form.getByRole('progressbar', { name: 'Lager klimakontrakter' })
    this.cancel = this.form.getByRole('button', { name: 'Avbryt' })
  }

  /** Who signs for an organisation (its select is named "Signerer for <name>"). */
  signer(name: string): Locator {
    return this.form.getByRole('combobox', { name: `Signerer for ${name}` })
  }

  /** The box that picks an organisation (its label starts with the name). */
  organisation(name: string): Locator {
    return this.form.getByRole('checkbox', { name: new RegExp(`^${name}`) })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }
}
