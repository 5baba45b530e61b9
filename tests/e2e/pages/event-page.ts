/**
 * One event's page: invitations, the invitation e-mail, registrations and the actions in its header.
 */
import type { Locator, Page } from '@playwright/test'
import { dialog, heading, mainOf } from './shell'

export class EventPage {
  readonly main: Locator
  readonly edit: Locator
  readonly cancelEvent: Locator
  readonly cancelQuestion: Locator
  readonly keepEvent: Locator
  readonly confirmCancel: Locator
  readonly reinstate: Locator
  readonly exportCsv: Locator
  readonly nameBadges: Locator
  readonly invitations: Invitations
  readonly mail: InvitationMail
  readonly personal: PersonalInvitations
  readonly registrations: Registrations

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.edit = this.main.getByRole('link', { name: 'Rediger' })
    this.cancelEvent = this.main.getByRole('button', { name: 'Avlys', exact: true })
    this.cancelQuestion = dialog(page, 'Avlyse arrangementet?')
    this.keepEvent = this.cancelQuestion.getByRole('button', { name: 'Avbryt' })
    this.confirmCancel = this.cancelQuestion.getByRole('button', { name: 'Avlys arrangementet' })
    this.reinstate = this.main.getByRole('button', { name: 'Opphev avlysning' })
    this.exportCsv = this.main.getByRole('button', { name: 'Eksporter deltakere (CSV)' })
    this.nameBadges = this.main.getByRole('button', { name: 'Navneskilt (PDF)' })
    this.invitations = new Invitations(page)
    this.mail = new InvitationMail(page)
    this.personal = new PersonalInvitations(page)
    this.registrations = new Registrations(page)
  }

  static path(eventId: string): string {
    return `/#/arrangementer/${eventId}`
  }

  async open(eventId: string): Promise<void> {
    await this.page.goto(EventPage.path(eventId))
  }

  heading(title: string): Locator {
    return heading(this.page, title)
  }

  text(text: string | RegExp): Locator {
    return this.main.getByText(text)
  }
}

export class Invitations {
  readonly region: Locator
  readonly partnersOnly: Locator
  readonly chooseMyself: Locator
  readonly oneSector: Locator
  /** Members *i faresonen* on Deltakelse this year. */
  readonly participationRisk: Locator
  readonly sector: Locator
  readonly invite: Locator
  /** What the last invitation step did, with the organisations that have nobody suitable. */
  readonly result: Locator
  readonly nobodySuitable: Locator
  readonly invited: Locator
  readonly notPartnersWarning: Locator
  readonly inviteAnyway: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Invitasjoner', exact: true })
    this.partnersOnly = this.region.getByLabel('Bare partnere')
    this.chooseMyself = this.region.getByLabel('Velg selv')
    this.oneSector = this.region.getByLabel('Én bransje')
    this.participationRisk = this.region.getByLabel('I faresonen på Deltakelse')
    this.sector = this.region.getByLabel('Bransje', { exact: true })
    this.invite = this.region.getByRole('button', { name: 'Inviter' })
    this.result = this.region.getByRole('status', { name: 'Resultat av invitasjonen' })
    this.nobodySuitable = this.result.getByRole('list', { name: 'Virksomheter uten passende person' })
    this.invited = this.region.getByRole('list', { name: 'Inviterte virksomheter' })
    this.notPartnersWarning = dialog(page, 'Dette er ikke partnere')
    this.inviteAnyway = this.notPartnersWarning.getByRole('button', { name: 'Inviter likevel' })
  }

  /** An organisation's box in the "Velg selv" list. */
  organisation(name: string): Locator {
    return this.region.getByLabel(name)
  }
}

export class InvitationMail {
  readonly region: Locator
  readonly newMessage: Locator
  /** The mail button once pressed ("… – åpnet"). */
  readonly opened: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Invitasjon på e-post' })
    this.newMessage = this.region.getByRole('button', { name: 'Ny e-post med alle i Bcc' })
    this.opened = this.region.getByRole('button', { name: /åpnet/ })
  }

  /** The addresses to copy; the label counts them. */
  addresses(count: number): Locator {
    return this.region.getByLabel(`E-postadresser (${count})`)
  }
}

/** "Personlige invitasjoner": Outlook drafts per recipient, the calendar file, and the log of both. */
export class PersonalInvitations {
  readonly region: Locator
  readonly kind: Locator
  readonly recipients: Locator
  readonly subject: Locator
  readonly body: Locator
  readonly attachCalendar: Locator
  readonly calendarFile: Locator
  readonly cancellationFile: Locator
  readonly log: Locator

  constructor(readonly page: Page) {
    this.region = mainOf(page).getByRole('region', { name: 'Personlige invitasjoner' })
    this.kind = this.region.getByLabel('Type')
    this.recipients = this.region.getByLabel('Mottakere')
    this.subject = this.region.getByLabel('Emne')
    this.body = this.region.getByLabel('Tekst')
    this.attachCalendar = this.region.getByLabel('Legg ved kalenderfil (.ics)')
    this.calendarFile = this.region.getByRole('button', { name: 'Lagre kalenderfil (.ics)' })
    this.cancellationFile = this.region.getByRole('button', { name: 'Lagre avlysning (.ics)' })
    this.log = this.region.getByRole('table', { name: /Logg over invitasjoner og påminnelser/ })
  }

  /** "Lag Outlook-utkast (N)". */
  makeDrafts(count: number): Locator {
    return this.region.getByRole('button', { name: `Lag Outlook-utkast (${count})` })
  }

  logRow(text: string | RegExp): Locator {
    return this.log.getByRole('row').filter({ hasText: text })
  }
}

/** "Påmeldinger (N)": the table of registrations and the form that adds one. */
export class Registrations {
  /** The option for a person not yet in the register. */
  static readonly NEW_PERSON = 'Ny person …'
  readonly main: Locator
  readonly table: Locator
  readonly form: Locator
  readonly organisation: Locator
  readonly person: Locator
  readonly newName: Locator
  readonly email: Locator
  readonly role: Locator
  readonly register: Locator
  readonly fullWarning: Locator
  readonly registerAnyway: Locator
  readonly noShowsQuestion: Locator
  readonly confirmNoShows: Locator

  constructor(readonly page: Page) {
    this.main = mainOf(page)
    this.table = this.main.getByRole('table', { name: /Påmeldinger/ })
    this.form = this.main.getByRole('form', { name: 'Registrer person' })
    this.organisation = this.form.getByLabel('Virksomhet')
    this.person = this.form.getByLabel('Person')
    this.newName = this.form.getByLabel('Navn på ny person')
    this.email = this.form.getByLabel('E-post')
    this.role = this.form.getByLabel('Rolle i virksomheten')
    this.register = this.form.getByRole('button', { name: 'Registrer' })
    this.fullWarning = dialog(page, 'Arrangementet er fullt')
    this.registerAnyway = this.fullWarning.getByRole('button', { name: 'Registrer likevel' })
    this.noShowsQuestion = dialog(page, 'Registrere fravær?')
    this.confirmNoShows = this.noShowsQuestion.getByRole('button', { name: 'Sett til ikke møtt' })
  }

  /** After the event: the button that records everyone still registered as not having come. */
  markNoShows(count: number): Locator {
    return this.main.getByRole('button', { name: `Sett de ${count} påmeldte som ikke kom til «Ikke møtt»` })
  }

  row(personName: string): Locator {
    return this.table.getByRole('row', { name: personName })
  }

  /** A registration's status field (values such as 'pameldt', 'mott', 'ikke-mott'). */
  status(personName: string): Locator {
    return this.table.getByLabel(`Status for ${personName}`)
  }

  async remove(personName: string): Promise<void> {
    await this.table.getByRole('button', { name: `Fjern ${personName}` }).click()
  }

  error(text: string | RegExp): Locator {
    return this.form.getByText(text)
  }

  /** Picks the organisation and person by the labels of their options, and registers. */
  async add(choice: { organisation?: string; person?: string }): Promise<void> {
    if (choice.organisation !== undefined) await this.organisation.selectOption({ label: choice.organisation })
    if (choice.person !== undefined) await this.person.selectOption({ label: choice.person })
    await this.register.click()
  }
}
