import { readFileSync } from 'node:fs'
import { expect, expectAccessible, notice, notices, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'

test.describe('events', () => {
  test('creates an event with Norwegian dates, says what is wrong at the field, edits and cancels it', async ({ app }) => {
    await openApp(app)
    await app.getByRole('link', { name: 'Arrangementer' }).click()
    await expect(app.getByRole('heading', { name: 'Ingen arrangementer ennå' })).toBeVisible()
    await expectAccessible(app)
    await app.getByRole('link', { name: 'Nytt arrangement' }).click()
    const form = app.getByRole('form', { name: 'Nytt arrangement' })
    await expect(form.getByLabel('Sted')).toHaveValue('Oslo rådhus')
    await form.getByLabel('Tittel').fill('Nettverksmøte om mobilitet')
    await form.getByLabel('Dato').fill('31.02.2027')
    await form.getByLabel('Starttid').fill('9')
    await form.getByLabel('Sluttid').fill('8.30')
    await form.getByLabel('Kapasitet').fill('null')
    await form.getByRole('button', { name: 'Lagre' }).click()
    await expect(form.getByText('Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).')).toBeVisible()
    await expect(form.getByText('Sluttid må være etter starttid.')).toBeVisible()
    await expect(form.getByText('Kapasitet må være et helt tall større enn 0')).toBeVisible()
    await expect(form.getByLabel('Dato')).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Dato')).toBeFocused()
    await expectAccessible(app)

    await form.getByLabel('Dato').fill('03.06.2027')
    await form.getByLabel('Sluttid').fill('11.30')
    await form.getByLabel('Kapasitet').fill('80')
    await form.getByLabel('Rom').fill('Festsalen')
    await form.getByRole('button', { name: 'Lagre' }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Nettverksmøte om mobilitet' })).toBeVisible()
    await expect(app.getByRole('main').getByText('Nettverksmøte · 3. juni 2027 kl. 09.00–11.30 · Oslo rådhus, Festsalen')).toBeVisible()
    await expectAccessible(app)

    await app.getByRole('link', { name: 'Rediger' }).click()
    await app.getByLabel('Tittel').fill('Nettverksmøte: mobilitet og bygg')
    await app.getByRole('button', { name: 'Lagre' }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Nettverksmøte: mobilitet og bygg' })).toBeVisible()

    await app.getByRole('button', { name: 'Avlys', exact: true }).click()
    const dialog = app.getByRole('dialog', { name: 'Avlyse arrangementet?' })
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    // Cancelling the question changes nothing: the dialog closes and the event stays on.
    await expect(dialog).toBeHidden()
    await expect(app.getByRole('button', { name: 'Opphev avlysning' })).toHaveCount(0)
    await app.getByRole('button', { name: 'Avlys', exact: true }).click()
    await dialog.getByRole('button', { name: 'Avlys arrangementet' }).click()
    await expect(app.getByRole('button', { name: 'Opphev avlysning' })).toBeVisible()

    await app.getByRole('link', { name: 'Arrangementer' }).click()
    const upcoming = app.getByRole('table', { name: 'Kommende arrangementer' })
    await expect(upcoming.getByRole('row', { name: /Nettverksmøte: mobilitet og bygg/ })).toContainText('03.06.2027')
    await expect(upcoming.getByRole('row', { name: /Nettverksmøte: mobilitet og bygg/ })).toContainText('Avlyst')
    await app.screenshot({ path: 'test-results/screens/events-list.png', fullPage: true })
  })

  test('invites partners only to a partnersamling, registers people within capacity, and mails the invitees in Bcc', async ({ app, host }) => {
    await openApp(app)
    const partner = organisation('Klimapartner AS', 'partner')
    const member = organisation('Vanlig Medlem AS')
    const kari = person(partner, 'Kari Nordmann', 'kari@klimapartner.no', ['toppleder'])
    const ola = person(partner, 'Ola Hansen', 'ola@klimapartner.no')
    const event = meeting('Partnersamling høst', '2027-09-10', { kind: 'partnersamling', capacity: 1 })
    await seed(app, { organisations: [partner, member], people: [kari, ola], events: [event] })
    await app.goto(`/#/arrangementer/${event.id}`)

    const invitations = app.getByRole('region', { name: 'Invitasjoner' })
    await expect(invitations.getByLabel('Bare partnere')).toBeChecked()
    await invitations.getByRole('button', { name: 'Inviter' }).click()
    const invited = invitations.getByRole('list', { name: 'Inviterte virksomheter' })
    await expect(invited).toContainText('Klimapartner AS')
    await expect(invited).not.toContainText('Vanlig Medlem AS')

    await invitations.getByLabel('Velg selv').check()
    await invitations.getByLabel('Vanlig Medlem AS').check()
    await invitations.getByRole('button', { name: 'Inviter' }).click()
    const warning = app.getByRole('dialog', { name: 'Dette er ikke partnere' })
    await expect(warning).toContainText('Vanlig Medlem AS er ikke partner')
    await expectAccessible(app)
    await warning.getByRole('button', { name: 'Inviter likevel' }).click()
    await expect(invited).toContainText('Vanlig Medlem AS')

    // Capacity 1: the second registration asks first.
    const add = app.getByRole('form', { name: 'Registrer person' })
    await add.getByLabel('Virksomhet').selectOption({ label: 'Klimapartner AS (invitert)' })
    await add.getByLabel('Person').selectOption({ label: 'Kari Nordmann' })
    await add.getByRole('button', { name: 'Registrer' }).click()
    const registrations = app.getByRole('table', { name: /Påmeldinger/ })
    await expect(registrations.getByRole('row', { name: /Kari Nordmann/ })).toContainText('Toppleder')
    await add.getByLabel('Person').selectOption({ label: 'Kari Nordmann' })
    await add.getByRole('button', { name: 'Registrer' }).click()
    await expect(add.getByText('Personen er allerede registrert på dette arrangementet.')).toBeVisible()

    await add.getByLabel('Virksomhet').selectOption({ label: 'Vanlig Medlem AS (invitert)' })
    await add.getByLabel('Person').selectOption({ label: 'Ny person …' })
    await add.getByRole('button', { name: 'Registrer' }).click()
    await expect(add.getByText('Navn må fylles ut.')).toBeVisible()
    await add.getByLabel('Navn på ny person').fill('Nina Lund')
    await add.getByLabel('E-post').fill('nina@medlem')
    await add.getByRole('button', { name: 'Registrer' }).click()
    await expect(add.getByText('E-postadressen ser ikke riktig ut')).toBeVisible()
    await add.getByLabel('E-post').fill('nina@medlem.no')
    await add.getByLabel('Rolle i virksomheten').selectOption({ label: 'Stedfortreder' })
    await add.getByRole('button', { name: 'Registrer' }).click()
    const full = app.getByRole('dialog', { name: 'Arrangementet er fullt' })
    await expect(full).toContainText('Arrangementet har plass til 1, og 1 er allerede påmeldt.')
    await full.getByRole('button', { name: 'Registrer likevel' }).click()
    await expect(registrations.getByRole('row', { name: /Nina Lund/ })).toContainText('Stedfortreder')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/event-page.png', fullPage: true })

    // Mail: the addresses to copy, and a new message with everyone in Bcc.
    const mail = app.getByRole('region', { name: 'Invitasjon på e-post' })
    await expect(mail.getByLabel('E-postadresser (3)')).toHaveValue('kari@klimapartner.no; ola@klimapartner.no; nina@medlem.no')
    await mail.getByRole('button', { name: 'Ny e-post med alle i Bcc' }).click()
    await expect(mail.getByRole('button', { name: /åpnet/ })).toBeVisible()
    expect(host.openedExternally).toEqual([
      'mailto:?bcc=kari@klimapartner.no,ola@klimapartner.no,nina@medlem.no&subject=Invitasjon%3A%20Partnersamling%20h%C3%B8st%2010.09.2027',
    ])

    // CSV of the registrations: `;`, BOM, organisations in Norwegian order.
    await app.getByRole('button', { name: 'Eksporter deltakere (CSV)' }).click()
    await expect(notices(app).getByText('Lagret deltakere-partnersamling-host-10.09.2027.csv.')).toBeVisible()
    const csv = readFileSync(`${host.documentsFolder}/deltakere-partnersamling-host-10.09.2027.csv`, 'utf8')
    expect(csv.startsWith('\uFEFFVirksomhet;Navn;E-post;Rolle;Status;Møtt;Uten påmelding\r\n')).toBe(true)
    expect(csv).toContain('Klimapartner AS;Kari Nordmann;kari@klimapartner.no;Toppleder;Påmeldt;;\r\nVanlig Medlem AS;Nina Lund;')

    // Removing a registration can be undone.
    await app.getByRole('button', { name: 'Fjern Nina Lund' }).click()
    await expect(registrations.getByRole('row', { name: /Nina Lund/ })).toBeHidden()
    await notice(app, 'Nina Lund er fjernet fra listen.').getByRole('button', { name: 'Angre' }).click()
    await expect(registrations.getByRole('row', { name: /Nina Lund/ })).toBeVisible()
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
    await app.goto('/#/arrangementer/oppmote')
    await app.getByLabel('År').selectOption('2026')
    const none = app.getByRole('region', { name: /Medlemmer uten deltakelse i 2026/ })
    await expect(none).toContainText('Åsen AS')
    await expect(none).not.toContainText('Alfa AS')
    const noLeader = app.getByRole('region', { name: /uten toppleder eller stedfortreder/ })
    await expect(noLeader.getByRole('listitem')).toHaveText(['Beta AS', 'Åsen AS'])
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/attendance-year.png', fullPage: true })

    // Signing lunches count once the setting says so; the setting is saved.
    await app.getByLabel('Signeringslunsj').click()
    await expect(app.getByLabel('Signeringslunsj')).toBeChecked()
    await expect(none).toContainText('Alle medlemmer har deltatt.')
    await app.reload()
    await expect(app.getByLabel('Signeringslunsj')).toBeChecked()

    await app.getByLabel('År').selectOption('2026')
    await app.getByRole('button', { name: 'Eksporter oppmøte (CSV)' }).click()
    await expect(notices(app).getByText('Lagret oppmote-2026.csv.')).toBeVisible()
    const csv = readFileSync(`${host.documentsFolder}/oppmote-2026.csv`, 'utf8')
    expect(csv.startsWith('\uFEFFVirksomhet;Partner;År;')).toBe(true)
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      'Alfa AS;nei;2026;1;ja;12.03.2026 Toppledermøte vår',
      'Beta AS;nei;2026;1;nei;12.03.2026 Toppledermøte vår',
      'Åsen AS;nei;2026;1;nei;31.12.2026 Signeringslunsj',
    ])

    // The organisation page shows its events and attendance per year.
    await app.goto(`/#/virksomheter/${aasen.id}`)
    const panel = app.getByRole('region', { name: 'Arrangementer og oppmøte' })
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(['2027: møtt på 1 av 1', '2026: møtt på 1 av 1'])
    await expect(panel.getByRole('row', { name: /Signeringslunsj/ })).toContainText('Møtt: Åge Gjest')
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/organisation-attendance.png', fullPage: true })
  })
})
