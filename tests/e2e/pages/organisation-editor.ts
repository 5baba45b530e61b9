/**
 * The organisation form: "Ny virksomhet", or "Rediger <name>" for one that exists, and the
 * question it asks before the user leaves it with changes unsaved.
 */
import type { Locator, Page } from '@playwright/test'
import { dialog, mainOf } from './shell'

export type OrganisationFields = {
  name?: string
  orgNumber?: string
  street?: string
  postalCode?: string
  sector?: string
  /** The pipeline status a new organisation starts in (option value, e.g. 'medlem'). */
  status?: string
  statusFrom?: string
  website?: string
  /** Option value, e.g. 'partner'. */
  tier?: string
  notes?: string
}

export class OrganisationEditor {
  readonly form: Locator
  readonly name: Locator
  readonly orgNumber: Locator
  readonly street: Locator
  readonly postalCode: Locator
  readonly sector: Locator
  readonly status: Locator
  readonly statusFrom: Locator
  readonly website: Locator
  readonly tier: Locator
  readonly notes: Locator
  readonly addFeeYear: Locator
  readonly feeAmount: Locator
  readonly save: Locator
  readonly cancel: Locator
  /** The warning that another organisation has the same number. */
  readonly duplicateWarning: Locator
  readonly leaveQuestion: Locator
  readonly stay: Locator
  readonly discard: Locator

  /** `organisation` is the name of the one being edited; without it, the form for a new one. */
  constructor(
    readonly page: Page,
    organisation?: string,
  ) {
    this.form = mainOf(page).getByRole('form', { name: organisation === undefined ? 'Ny virksomhet' : `Rediger ${organisation}` })
    this.name = this.form.getByLabel('Navn', { exact: true })
    this.orgNumber = this.form.getByLabel('Organisasjonsnummer')
    this.street = this.form.getByLabel('Gateadresse')
    this.postalCode = this.form.getByLabel('Postnummer')
    this.sector = this.form.getByLabel('Bransje', { exact: true })
    this.status = this.form.getByLabel('Status', { exact: true })
    this.statusFrom = this.form.getByLabel('Status fra dato')
    this.website = this.form.getByLabel('Nettsted')
    this.tier = this.form.getByLabel('Nivå')
    this.notes = this.form.getByLabel('Notater')
    this.addFeeYear = this.form.getByRole('button', { name: 'Legg til år' })
    this.feeAmount = this.form.getByLabel('Beløp (kr)')
    this.save = this.form.getByRole('button', { name: 'Lagre' })
    this.cancel = this.form.getByRole('link', { name: 'Avbryt' })
    this.duplicateWarning = this.form.getByRole('status').filter({ hasText: 'har samme organisasjonsnummer' })
    this.leaveQuestion = dialog(page, 'Forkaste endringene?')
    this.stay = this.leaveQuestion.getByRole('button', { name: 'Avbryt' })
    this.discard = this.leaveQuestion.getByRole('button', { name: 'Forkast endringene' })
  }

  /** A criterion's or expectation's assessment, by the label the form shows (e.g. "Intensjon"). */
  assessment(label: string): Locator {
    return this.form.getByLabel(`${label}: vurdering`)
  }

  /** A message the form shows at a field. */
  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Fills the fields given, in the form's order; selects take option values. */
  async fill(fields: OrganisationFields): Promise<void> {
    if (fields.name !== undefined) await this.name.fill(fields.name)
    if (fields.orgNumber !== undefined) await this.orgNumber.fill(fields.orgNumber)
    if (fields.website !== undefined) await this.website.fill(fields.website)
    if (fields.street !== undefined) await this.street.fill(fields.street)
    if (fields.postalCode !== undefined) await this.postalCode.fill(fields.postalCode)
    if (fields.tier !== undefined) await this.tier.selectOption(fields.tier)
    if (fields.sector !== undefined) await this.sector.selectOption(fields.sector)
    if (fields.status !== undefined) await this.status.selectOption(fields.status)
    if (fields.statusFrom !== undefined) await this.statusFrom.fill(fields.statusFrom)
    if (fields.notes !== undefined) await this.notes.fill(fields.notes)
  }

  /** Fills the form and saves it; the caller looks for the result (the organisation page or the errors). */
  async submit(fields: OrganisationFields = {}): Promise<void> {
    await this.fill(fields)
    await this.save.click()
  }
}
