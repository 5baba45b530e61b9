import { readFileSync } from 'node:fs'
import { expect, expectAccessible, notice, notices, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'
import { EventPage, Registrations } from './pages/event-page'
import { AttendanceYearPage, EventForm, EventsPage } from './pages/events-page'
import { OrganisationPage } from './pages/organisation-page'
import { undoButton } from './pages/shell'

test.describe('events', () => {
  test('creates an event with Norwegian dates, says what is wrong at the field, edits and cancels it', async ({ app }) => {
    await openApp(app)
    const events = new EventsPage(app)
    await events.open()
    await expect(events.emptyHeading).toBeVisible()
    await expectAccessible(app)
    await events.newEvent.click()
    const form = new EventForm(app)
    await expect(form.place).toHaveValue('Oslo rådhus')
    await form.submit({ title: 'Nettverksmøte om mobilitet', date: '31.02.2027', start: '9', end: '8.30', capacity: 'null' })
    await expect(form.error('Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).')).toBeVisible()
    await expect(form.error('Sluttid må være etter starttid.')).toBeVisible()
    await expect(form.error('Kapasitet må være et helt tall større enn 0')).toBeVisible()
    await expect(form.date).toHaveAttribute('aria-invalid', 'true')
    await expect(form.date).toBeFocused()
    await expectAccessible(app)

    await form.submit({ date: '03.06.2027', end: '11.30', capacity: '80', room: 'Festsalen' })
    const event = new EventPage(app)
    await expect(event.heading('Nettverksmøte om mobilitet')).toBeVisible()
    await expect(event.text('Nettverksmøte · 3. juni 2027 kl. 09.00–11.30 · Oslo rådhus, Festsalen')).toBeVisible()
    await expectAccessible(app)

    await event.edit.click()
    await new EventForm(app, 'edit').submit({ title: 'Nettverksmøte: mobilitet og bygg' })
    await expect(event.heading('Nettverksmøte: mobilitet og bygg')).toBeVisible()

    await event.cancelEvent.click()
    await event.keepEvent.click()
    // Cancelling the question changes nothing: the dialog closes and the event stays on.
    await expect(event.cancelQuestion).toBeHidden()
    await expect(event.reinstate).toHaveCount(0)
    await event.cancelEvent.click()
    await event.confirmCancel.click()
    await expect(event.reinstate).toBeVisible()

    await events.open()
    await expect(events.upcomingRow('Nettverksmøte: mobilitet og bygg')).toContainText('03.06.2027')
    await expect(events.upcomingRow('Nettverksmøte: mobilitet og bygg')).toContainText('Avlyst')
    await app.screenshot({ path: 'test-results/screens/events-list.png', fullPage: true })
  })

  test('invites partners only to a partnersamling, registers people within capacity, and mails the invitees in Bcc', async ({ app, host }) => {
    await openApp(app)
    const partner = organisation('Klimapartner AS', 'partner')
    const member = organisation('Vanlig Medlem AS')
    const kari = person(partner, 'Kari Nordmann', 'kari@klimapartner.no', ['toppleder'])
    const ola = person(partner, 'Ola Hansen', 'ola@klimapartner.no')
    const meetingRow = meeting('Partnersamling høst', '2027-09-10', { kind: 'partnersamling', capacity: 1 })
    await seed(app, { organisations: [partner, member], people: [kari, ola], events: [meetingRow] })
    const event = new EventPage(app)
    await event.open(meetingRow.id)

    const { invitations } = event
    await expect(invitations.partnersOnly).toBeChecked()
    await invitations.invite.click()
    await expect(invitations.invited).toContainText('Klimapartner AS')
    await expect(invitations.invited).not.toContainText('Vanlig Medlem AS')

    await invitations.chooseMyself.check()
    await invitations.organisation('Vanlig Medlem AS').check()
    await invitations.invite.click()
    await expect(invitations.notPartnersWarning).toContainText('Vanlig Medlem AS er ikke partner')
    await expectAccessible(app)
    await invitations.inviteAnyway.click()
    await expect(invitations.invited).toContainText('Vanlig Medlem AS')

    // Capacity 1: the second registration asks first.
    const { registrations } = event
    await registrations.add({ organisation: 'Klimapartner AS (invitert)', person: 'Kari Nordmann' })
    await expect(registrations.row('Kari Nordmann')).toContainText('Toppleder')
    await registrations.add({ person: 'Kari Nordmann' })
    await expect(registrations.error('Personen er allerede registrert på dette arrangementet.')).toBeVisible()

    await registrations.add({ organisation: 'Vanlig Medlem AS (invitert)', person: Registrations.NEW_PERSON })
    await expect(registrations.error('Navn må fylles ut.')).toBeVisible()
    await registrations.newName.fill('Nina Lund')
    await registrations.email.fill('nina@medlem')
    await registrations.register.click()
    await expect(registrations.error('E-postadressen ser ikke riktig ut')).toBeVisible()
    await registrations.email.fill('nina@medlem.no')
    await registrations.role.selectOption({ label: 'Stedfortreder' })
    await registrations.register.click()
    await expect(registrations.fullWarning).toContainText('Arrangementet har plass til 1, og 1 er allerede påmeldt.')
    await registrations.registerAnyway.click()
    await expect(registrations.row('Nina Lund')).toContainText('Stedfortreder')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/event-page.png', fullPage: true })

    // Mail: the addresses to copy, and a new message with everyone in Bcc.
    await expect(event.mail.addresses(3)).toHaveValue('kari@klimapartner.no; ola@klimapartner.no; nina@medlem.no')
    await event.mail.newMessage.click()
    await expect(event.mail.opened).toBeVisible()
    expect(host.openedExternally).toEqual([
      'mailto:?bcc=kari@klimapartner.no,ola@klimapartner.no,nina@medlem.no&subject=Invitasjon%3A%20Partnersamling%20h%C3%B8st%2010.09.2027',
    ])

    // CSV of the registrations: `;`, BOM, organisations in Norwegian order.
    await event.exportCsv.click()
    await expect(notices(app).getByText('Lagret deltakere-partnersamling-host-10.09.2027.csv.')).toBeVisible()
    const csv = readFileSync(`${host.documentsFolder}/deltakere-partnersamling-host-10.09.2027.csv`, 'utf8')
    expect(csv.startsWith('\uFEFFVirksomhet;Navn;E-post;Rolle;Status;Møtt;Uten påmelding\r\n')).toBe(true)
    expect(csv).toContain('Klimapartner AS;Kari Nordmann;kari@klimapartner.no;Toppleder;Påmeldt;;\r\nVanlig Medlem AS;Nina Lund;')

    // Removing a registration can be undone.
    await registrations.remove('Nina Lund')
    await expect(registrations.row('Nina Lund')).toBeHidden()
    await undoButton(notice(app, 'Nina Lund er fjernet fra listen.')).click()
    await expect(registrations.row('Nina Lund')).toBeVisible()
  })

  test('shows the attendance facts of a year, follows the counting kinds, and exports them', async ({ app, host }) => {
    await openApp(app)
    const alfa = organisation('Alfa AS')
    const beta = organisation('Beta AS')
    const aasen = organisation('Åsen AS')
    const leader = person(alfa, 'Anne Leder', '', ['toppleder'])
    const contact = person(beta, 'Bo Kontakt', '', ['klimakontakt'])
    const guest = person(aasen, 'Åge Gjest')
    const top = meeting('Toppledermøte vår', '2026-03-12', { kind: 'toppledermote' })
    const lunch = meeting('Signeringslunsj', '2026-12-31', { kind: 'signeringslunsj' })
    const early = meeting('Nettverksmøte nyttår', '2027-01-01')
    await seed(app, {
      organisations: [alfa, beta, aasen],
      people: [leader, contact, guest],
      events: [top, lunch, early],
      registrations: [registration(top, leader, 'mott'), registration(top, contact, 'mott'), registration(lunch, guest, 'mott'), registration(early, guest, 'mott')],
    })
    const attendance = new AttendanceYearPage(app)
    await attendance.open()
    await attendance.year.selectOption('2026')
    const none = attendance.withoutParticipation(2026)
    await expect(none).toContainText('Åsen AS')
    await expect(none).not.toContainText('Alfa AS')
    const noLeader = attendance.withoutLeader()
    await expect(noLeader.getByRole('listitem')).toHaveText(['Beta AS', 'Åsen AS'])
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/attendance-year.png', fullPage: true })

    // Signing lunches count once the setting says so; the setting is saved.
    await attendance.countsAsParticipation('Signeringslunsj').click()
    await expect(attendance.countsAsParticipation('Signeringslunsj')).toBeChecked()
    await expect(none).toContainText('Alle medlemmer og partnere har deltatt.')
    await app.reload()
    await expect(attendance.countsAsParticipation('Signeringslunsj')).toBeChecked()

    await attendance.year.selectOption('2026')
    await attendance.exportCsv.click()
    await expect(notices(app).getByText('Lagret oppmote-2026.csv.')).toBeVisible()
    const csv = readFileSync(`${host.documentsFolder}/oppmote-2026.csv`, 'utf8')
    expect(csv.startsWith('\uFEFFVirksomhet;Partner;År;')).toBe(true)
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      'Alfa AS;nei;2026;1;ja;12.03.2026 Toppledermøte vår',
      'Beta AS;nei;2026;1;nei;12.03.2026 Toppledermøte vår',
      'Åsen AS;nei;2026;1;nei;31.12.2026 Signeringslunsj',
    ])

    // The organisation page shows its events and attendance per year.
    await app.goto(OrganisationPage.path(aasen.id))
    const panel = new OrganisationPage(app, aasen.name).attendance
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(['2027: møtt på 1 av 1', '2026: møtt på 1 av 1'])
    await expect(panel.getByRole('row', { name: /Signeringslunsj/ })).toContainText('Møtt: Åge Gjest')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/organisation-attendance.png', fullPage: true })
  })
})
