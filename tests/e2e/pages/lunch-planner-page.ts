/**
 * One signing lunch's planner, top to bottom: details and hosts, candidates, guests, tables and
 * seating, speaking order (lunch-seating.ts), printouts, and "Etter lunsjen".
 */
import type { Locator, Page } from '@playwright/test'
import { SeatingPlan, SpeakingOrder } from './lunch-seating'
import { dialog, heading, mainOf } from './shell'

export class LunchPlannerPage {
  readonly main: Locator
  readonly allLunches: Locator
  readonly details: LunchDetails
  readonly hosts: Hosts
  readonly candidates: Candidates
  readonly guests: Guests
  readonly seating: SeatingPlan
  readonly speaking: SpeakingOrder
  readonly printouts: Printouts
  readonly signing: Signing
  /** The events feature's invitation e-mail, shown for the lunch's invited organisations. */
  readonly invitationMail: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.allLunches = this.main.getByRole('link', { name: 'Alle lunsjer' })
    this.details = new LunchDetails(this.main)
    this.hosts = new Hosts(this.main)
    this.candidates = new Candidates(this.main)
    this.guests = new Guests(this.main)
    this.seating = new SeatingPlan(page)
    this.speaking = new SpeakingOrder(page)
    this.printouts = new Printouts(this.main)
    this.signing = new Signing(page)
    this.invitationMail = this.main.getByRole('heading', { name: 'Invitasjon på e-post' })
  }

  /** The planner's heading names the lunch by its date. */
  heading(date: string): Locator {
    return heading(this.page, `Signeringslunsj ${date}`)
  }
}

/** "Om lunsjen": the commissioner who signs, the most organisations, and the rest of the details. */
export class LunchDetails {
  readonly form: Locator
  readonly commissionerName: Locator
  readonly maxOrganisations: Locator
  readonly save: Locator

  constructor(main: Locator) {
    this.form = main.getByRole('form', { name: 'Om lunsjen' })
    this.commissionerName = this.form.getByLabel('Byrådens navn')
    this.maxOrganisations = this.form.getByLabel('Maks antall virksomheter')
    this.save = this.form.getByRole('button', { name: 'Lagre lunsjen' })
  }

  /** Fills what is given and saves; the caller waits for the notice before relying on it. */
  async saveDetails(details: { maxOrganisations?: string; commissionerName?: string }): Promise<void> {
    if (details.maxOrganisations !== undefined) await this.maxOrganisations.fill(details.maxOrganisations)
    if (details.commissionerName !== undefined) await this.commissionerName.fill(details.commissionerName)
    await this.save.click()
  }
}

export class Hosts {
  readonly region: Locator
  readonly name: Locator
  readonly title: Locator
  readonly add: Locator

  constructor(main: Locator) {
    this.region = main.getByRole('region', { name: 'Verter' })
    const form = this.region.getByRole('form', { name: 'Legg til vert' })
    this.name = form.getByLabel('Vertens navn')
    this.title = form.getByLabel('Vertens tittel')
    this.add = form.getByRole('button', { name: 'Legg til vert' })
  }

  async addHost(host: { name: string; title?: string }): Promise<void> {
    await this.name.fill(host.name)
    if (host.title !== undefined) await this.title.fill(host.title)
    await this.add.click()
  }

  removeButton(name: string): Locator {
    return this.region.getByRole('button', { name: `Fjern ${name}` })
  }
}

/** "Kandidater": approved applicants, oldest application first, and how full the lunch is. */
export class Candidates {
  readonly region: Locator
  readonly table: Locator
  readonly allowOverfill: Locator

  constructor(main: Locator) {
    this.region = main.getByRole('region', { name: 'Kandidater' })
    this.table = this.region.getByRole('table', { name: 'Godkjente søkere, eldste søknad først' })
    this.allowOverfill = this.region.getByLabel('Tillat flere virksomheter enn maks')
  }

  async invite(organisation: string): Promise<void> {
    await this.region.getByRole('button', { name: `Inviter ${organisation}` }).click()
  }

  /** The refusal shown when an invitation breaks a rule. */
  refusal(text: string | RegExp): Locator {
    return this.region.getByRole('alert').filter({ hasText: text })
  }

  text(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }
}

/** "Gjester (N)": each invited organisation's guests, and a form that adds one more. */
export class Guests {
  readonly region: Locator

  constructor(main: Locator) {
    this.region = main.getByRole('region', { name: /^Gjester \(\d+\)$/ })
  }

  /** "Gjester (N)". */
  heading(count: number): Locator {
    return this.region.getByRole('heading', { name: `Gjester (${count})` })
  }

  /** An organisation's heading with its count, e.g. "Byggmester Berg AS 2 av 2". */
  organisationHeading(text: string): Locator {
    return this.region.getByRole('heading', { name: text })
  }

  form(organisation: string): GuestForm {
    return new GuestForm(this.region, organisation)
  }

  /** The box that records that a guest came. */
  attended(person: string): Locator {
    return this.region.getByRole('checkbox', { name: `Møtt – ${person}` })
  }

  /** Opens a guest's dietary needs ("Kost og allergier", or "Endre" once some are stored). */
  editDiet(person: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^(Kost og allergier|Endre) for ${person}$`) })
  }

  diet(person: string): DietForm {
    return new DietForm(this.region, person)
  }
}

/** One guest's dietary needs and allergies: common needs as ticks, and a note for the kitchen. */
export class DietForm {
  readonly form: Locator
  readonly note: Locator
  readonly save: Locator

  constructor(within: Locator, person: string) {
    this.form = within.getByRole('form', { name: `Kost og allergier for ${person}` })
    this.note = this.form.getByLabel('Annet til kjøkkenet')
    this.save = this.form.getByRole('button', { name: 'Lagre kost og allergier' })
  }

  need(name: string): Locator {
    return this.form.getByRole('checkbox', { name })
  }
}

/** "Legg til gjest fra <organisation>": one of its people, or a new one typed in. */
export class GuestForm {
  readonly form: Locator
  readonly guest: Locator
  readonly name: Locator
  readonly title: Locator
  readonly role: Locator
  readonly add: Locator

  constructor(within: Locator, organisation: string) {
    this.form = within.getByRole('form', { name: `Legg til gjest fra ${organisation}` })
    this.guest = this.form.getByRole('combobox', { name: 'Gjest' })
    this.name = this.form.getByLabel('Navn')
    this.title = this.form.getByLabel('Tittel')
    this.role = this.form.getByLabel('Rolle')
    this.add = this.form.getByRole('button', { name: 'Legg til gjest' })
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }
}

/** The documents printed through main's PDF worker. */
export class Printouts {
  readonly placeCards: Locator
  readonly tablePlan: Locator
  readonly guestList: Locator
  readonly agenda: Locator
  readonly contracts: Locator
  readonly kitchenList: Locator

  constructor(main: Locator) {
    this.placeCards = main.getByRole('button', { name: 'Bordkort (PDF)' })
    this.tablePlan = main.getByRole('button', { name: 'Bordplan (PDF)' })
    this.guestList = main.getByRole('button', { name: 'Gjesteliste (PDF)' })
    this.agenda = main.getByRole('button', { name: 'Program og taleliste (PDF)' })
    this.contracts = main.getByRole('button', { name: 'Klimakontrakter (PDF)' })
    this.kitchenList = main.getByRole('button', { name: 'Kjøkkenliste (PDF)' })
  }
}

/** "Etter lunsjen": who signed, then "Registrer signering" makes them members. */
export class Signing {
  readonly region: Locator
  readonly register: Locator
  readonly confirm: Locator
  readonly confirmRegister: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Etter lunsjen' })
    this.register = this.region.getByRole('button', { name: 'Registrer signering' })
    this.confirm = dialog(page, 'Registrer signering')
    this.confirmRegister = this.confirm.getByRole('button', { name: 'Registrer' })
  }

  signed(organisation: string): Locator {
    return this.region.getByRole('checkbox', { name: `${organisation} signerte` })
  }
}
