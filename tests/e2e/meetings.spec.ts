import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import ICAL from 'ical.js'
import PostalMime from 'postal-mime'
import { expect, expectAccessible, notice, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'
import type { TestHost } from './host/test-host'
import { CheckInPage } from './pages/check-in-page'
import { EventPage } from './pages/event-page'
import { EventForm } from './pages/events-page'
import { LunchPlannerPage } from './pages/lunch-planner-page'
import { extractText } from '../unit/main/pdf/read-pdf'
import * as year from '../shared/year-fixtures'
import { seedDatabase } from './reports-seed'

/** A signing lunch as the planner leaves it; `hosts` come to every lunch, with new ids each time. */
function lunchEvent(date: string, invited: string[], hosts: { id: string; name: string }[] = [], commissionerName = 'Marit Vea') {
  return meeting('Signeringslunsj', date, {
    kind: 'signeringslunsj',
    startTime: '11:30',
    endTime: '13:00',
    invitedOrganisationIds: invited,
    lunch: {
      commissionerName,
      commissionerTitle: 'byråd for miljø og samferdsel',
      maxOrganisations: 8,
      maxGuestsPerOrganisation: 2,
      hosts: hosts.map((h) => ({ ...h, title: 'Vert' })),
      welcomeMinutes: 10,
      signingMinutes: 15,
      speakingOrder: [],
      signingRegisteredAt: null,
    },
  })
}

/** The VEVENT of an .ics text, read by ical.js as a calendar program would. */
function vevent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT')
  return { method: calendar.getFirstPropertyValue('method'), event }
}

/** The calendar file a button saves (the save dialog answered with this name), read once the page says so. */
async function savedCalendar(app: Page, host: TestHost, button: Locator, name: string, saved: string) {
  const file = path.join(host.root, name)
  host.answerSave(file)
  await button.click()
  await expect(notice(app, saved)).toBeVisible()
  return vevent(readFileSync(file, 'utf8'))
}

test.describe('meetings done properly', () => {
  test('invites one sector in one step, makes Outlook drafts and calendar files, and checks in two invitees and a known top leader', async ({ app, host }) => {
    test.setTimeout(120_000)
    await openApp(app)
    const sami = { ...organisation('Sámi Čuovga AS'), sector: 'Energi' }
    const bolgen = { ...organisation('Bølgen Energi AS', 'partner'), sector: 'Energi' }
    const tomt = { ...organisation('Tomt Energi AS'), sector: 'Energi' }
    const ruter = { ...organisation('Ruter AS'), sector: 'Samferdsel og transport' }
    const maret = person(sami, 'Máret Ánde Sárá', 'maret@cuovga.no', ['klimakontakt'])
    const lukasz = person(bolgen, 'Łukasz Wiśniewski', 'lukasz@bolgen.no', ['klimakontakt'])
    const kari = person(bolgen, 'Kari Nordmann', 'kari@bolgen.no', ['toppleder'])
    const other = person(tomt, 'Ola Annen', 'ola@tomt.no', ['annen'])
    const per = person(ruter, 'Per Ås', 'per@ruter.no', ['klimakontakt'])
    const event = meeting('Nettverksmøte om grønn omstilling', '2026-12-10', { startTime: '09:00', endTime: '11:30' })
    await seed(app, { organisations: [sami, bolgen, tomt, ruter], people: [maret, lukasz, kari, other, per], events: [event] })

    const page = new EventPage(app)
    await page.open(event.id)
    const { invitations, personal, registrations } = page

    // One sector, one step: the climate contacts are registered, the organisation without one is named.
    await invitations.oneSector.check()
    await invitations.sector.selectOption('Energi')
    await invitations.invite.click()
    await expect(invitations.result).toContainText('3 virksomheter invitert, 2 personer registrert som invitert.')
    await expect(invitations.nobodySuitable).toHaveText('Tomt Energi AS')
    await expect(registrations.status('Máret Ánde Sárá')).toHaveValue('invitert')
    await expect(registrations.status('Łukasz Wiśniewski')).toHaveValue('invitert')
    await expect(registrations.row('Per Ås')).toHaveCount(0)
    await expect(registrations.row('Kari Nordmann')).toHaveCount(0)
    await expectAccessible(app)
    await invitations.region.screenshot({ path: 'test-results/screens/meetings-invite-sector.png' })

    // Personal drafts into a folder picked once; each parsed as a mail program would.
    const drafts = path.join(host.root, 'utkast')
    mkdirSync(drafts)
    host.answerFolder(drafts)
    await personal.makeDrafts(2).click()
    await expect(notice(app, `2 utkast laget i ${drafts}.`)).toBeVisible()
    const files = readdirSync(drafts).sort()
    expect(files).toEqual(['Máret Ánde Sárá (Sámi Čuovga AS).eml', 'Łukasz Wiśniewski (Bølgen Energi AS).eml'].sort())
    const raw = readFileSync(path.join(drafts, 'Máret Ánde Sárá (Sámi Čuovga AS).eml'), 'utf8')
    expect(raw).toMatch(/^X-Unsent: 1\r$/m)
    const mail = await PostalMime.parse(raw)
    expect(mail.subject).toBe('Invitasjon: Nettverksmøte om grønn omstilling 10.12.2026')
    expect(mail.to).toEqual([{ name: 'Máret Ánde Sárá', address: 'maret@cuovga.no' }])
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1')
    expect(mail.text).toContain('Kjære Máret,')
    expect(mail.text).toContain('Sámi Čuovga AS ved deg til Nettverksmøte om grønn omstilling')
    expect(mail.attachments).toHaveLength(1)
    const attached = vevent(new TextDecoder().decode(mail.attachments[0]!.content as ArrayBuffer))
    expect(attached.event.getFirstPropertyValue('uid')).toBe(`${event.id}@nfk-sekretariat`)
    expect(attached.event.getFirstPropertyValue('sequence')).toBe(0)
    await expect(personal.logRow('Máret Ánde Sárá')).toContainText('Invitasjon – utkast laget')
    await expect(personal.logRow('Łukasz Wiśniewski')).toContainText('Łukasz Wiśniewski (Bølgen Energi AS).eml')

    // The calendar file alone: the same UID and SEQUENCE while nothing changed.
    const v1 = await savedCalendar(app, host, personal.calendarFile, 'forste.ics', 'Kalenderfilen er lagret som forste.ics.')
    expect(v1.method).toBe('REQUEST')
    expect(v1.event.getFirstPropertyValue('summary')).toBe('Nettverksmøte om grønn omstilling')
    expect(v1.event.getFirstPropertyValue('uid')).toBe(`${event.id}@nfk-sekretariat`)
    expect(v1.event.getFirstPropertyValue('sequence')).toBe(0)

    // A change of time: the next file has a higher SEQUENCE.
    await page.edit.click()
    await new EventForm(app, 'edit').submit({ start: '10.00' })
    await expect(page.heading('Nettverksmøte om grønn omstilling')).toBeVisible()
    const v2 = await savedCalendar(app, host, personal.calendarFile, 'andre.ics', 'Kalenderfilen er lagret som andre.ics.')
    expect(v2.event.getFirstPropertyValue('sequence')).toBe(1)
    expect(v2.event.getFirstPropertyValue('uid')).toBe(`${event.id}@nfk-sekretariat`)

    // Cancelled: a cancellation file, SEQUENCE higher again.
    await page.cancelEvent.click()
    await page.confirmCancel.click()
    const v3 = await savedCalendar(app, host, personal.cancellationFile, 'avlyst.ics', 'Avlysningen er lagret som avlyst.ics.')
    expect(v3.method).toBe('CANCEL')
    expect(v3.event.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(v3.event.getFirstPropertyValue('sequence')).toBe(2)
    await expect(personal.logRow('avlyst.ics')).toContainText('Avlysning (kalenderfil) laget')
    await expect(personal.logRow('avlyst.ics')).toContainText('versjon 3')
    await page.reinstate.click()
    await expectAccessible(app)
    await personal.region.screenshot({ path: 'test-results/screens/meetings-personal-invitations.png' })

    // At the door: the two invitees, then a known top leader who was never invited.
    const door = new CheckInPage(app)
    await door.open(event.id)
    await door.checkIn('maret', 'Máret Ánde Sárá')
    await door.checkIn('lukasz', 'Łukasz Wiśniewski')
    await door.search.fill('Kari Nordmann')
    await expect(door.text('Ingen treff på «Kari Nordmann».')).toBeVisible()
    await app.keyboard.press('Enter')
    await app.keyboard.type('bølgen')
    await expect(door.walkIn.selectedOrganisation).toHaveText('Bølgen Energi AS')
    await expect(door.walkIn.known).toContainText('Sjekk inn Kari Nordmann (Toppleder)')
    await expect(door.walkIn.role).toHaveCount(0)
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/meetings-walk-in-known.png' })
    await app.keyboard.press('Enter')
    await expect(door.message('Kari Nordmann (Bølgen Energi AS) er sjekket inn som toppleder.')).toBeVisible()

    // The event page: Kari once, as a walk-in, with her role at the time.
    await door.finish.click()
    await expect(registrations.row('Kari Nordmann')).toHaveCount(1)
    await expect(registrations.row('Kari Nordmann')).toContainText('Uten påmelding')
    await expect(registrations.row('Kari Nordmann')).toContainText('Toppleder')
    await expect(registrations.status('Máret Ánde Sárá')).toHaveValue('mott')
    await expect(registrations.status('Łukasz Wiśniewski')).toHaveValue('mott')
    // Still one Kari Nordmann in the register: the person picker offers her once.
    await registrations.organisation.selectOption({ label: 'Bølgen Energi AS (invitert)' })
    await expect(registrations.person.getByRole('option', { name: /Kari Nordmann/ })).toHaveCount(1)
  })

  test('name badges and the kitchen list, read back from the PDFs, carry Sami and Polish names', async ({ app, host }) => {
    test.setTimeout(120_000)
    await openApp(app)
    const sami = organisation('Sámi Čuovga AS')
    const polish = organisation('Łódź Zielona Energia AS')
    const aile = { ...person(sami, 'Áile Ŋuolla Čiekči', 'aile@cuovga.no', ['toppleder']), title: 'Dagleder' }
    const jozef = { ...person(polish, 'Józef Żółkiewski', 'jozef@lodz.no', ['klimakontakt']), title: 'Kierownik ds. klimatu' }
    const oystein = { ...person(sami, 'Øystein Ås', 'oystein@cuovga.no', ['klimakontakt']), title: 'Bærekraftssjef' }
    const network = meeting('Nettverksmøte om sirkulærøkonomi', '2026-12-10')
    const lunch = lunchEvent('2026-12-03', [sami.id, polish.id])
    await seed(app, {
      organisations: [sami, polish],
      people: [aile, jozef, oystein],
      events: [network, lunch],
      registrations: [registration(network, aile), registration(network, jozef), registration(network, oystein, 'mott'), registration(lunch, aile), registration(lunch, jozef)],
    })

    // Badges: A4 sheets with name, title and organisation.
    const page = new EventPage(app)
    await page.open(network.id)
    const badges = path.join(host.root, 'navneskilt.pdf')
    host.answerSave(badges)
    await page.nameBadges.click()
    await expect(notice(app, /3 navneskilt er lagret som navneskilt\.pdf \(1 A4-ark\)\./)).toBeVisible()
    const badgeText = (await extractText(new Uint8Array(readFileSync(badges)))).all
    for (const text of ['Áile Ŋuolla Čiekči', 'Dagleder', 'Sámi Čuovga AS', 'Józef Żółkiewski', 'Kierownik ds. klimatu', 'Łódź Zielona Energia AS', 'Øystein Ås', 'Nettverksmøte 10.12.2026']) {
      expect(badgeText).toContain(text)
    }
    mkdirSync('test-results/screens', { recursive: true })
    copyFileSync(badges, 'test-results/screens/meetings-name-badges.pdf')

    // Dietary needs per lunch guest, then the kitchen list.
    await app.goto(`/#/signeringslunsjer/${lunch.id}`)
    const planner = new LunchPlannerPage(app)
    await planner.guests.editDiet('Áile Ŋuolla Čiekči').click()
    const diet = planner.guests.diet('Áile Ŋuolla Čiekči')
    await diet.need('Nøtteallergi').check()
    await diet.need('Vegetar').check()
    await diet.note.fill('Alvorlig: ingen spor av nøtter')
    await expectAccessible(app)
    await planner.guests.region.screenshot({ path: 'test-results/screens/meetings-diet-form.png' })
    await diet.save.click()
    await expect(planner.guests.region.getByText('Nøtteallergi, Vegetar – Alvorlig: ingen spor av nøtter')).toBeVisible()
    await planner.guests.editDiet('Józef Żółkiewski').click()
    await planner.guests.diet('Józef Żółkiewski').need('Glutenfri').check()
    await planner.guests.diet('Józef Żółkiewski').save.click()
    await expect(planner.guests.region.getByText('Glutenfri', { exact: true })).toBeVisible()
    await planner.guests.region.screenshot({ path: 'test-results/screens/meetings-diet-saved.png' })
    const kitchen = path.join(host.root, 'kjokken.pdf')
    host.answerSave(kitchen)
    await planner.printouts.kitchenList.click()
    await expect(notice(app, /Kjøkkenlisten er lagret: kjokken\.pdf/)).toBeVisible()
    const kitchenText = (await extractText(new Uint8Array(readFileSync(kitchen)))).all
    expect(kitchenText).toContain('3 gjester, 2 med spesielle behov.')
    for (const text of ['Áile Ŋuolla Čiekči', 'Sámi Čuovga AS', 'Józef Żółkiewski', 'Łódź Zielona Energia AS', 'Nøtteallergi', 'Glutenfri', 'Alvorlig: ingen']) {
      expect(kitchenText).toContain(text)
    }
    copyFileSync(kitchen, 'test-results/screens/meetings-kitchen-list.pdf')
  })

  test('hosts meet new guests: automatic seating keeps a host away from the guest she sat with at an earlier lunch', async ({ app }) => {
    test.setTimeout(120_000)
    await openApp(app)
    const sami = organisation('Sámi Čuovga AS')
    const polish = organisation('Łódź Zielona Energia AS')
    const aile = person(sami, 'Áile Ŋuolla', '', ['toppleder'])
    const jozef = person(polish, 'Józef Żółkiewski', '', ['toppleder'])
    // In September Åse hosted Áile's table; in December she is a host again (a new host record).
    const september = lunchEvent('2026-09-03', [sami.id], [{ id: 'h1', name: 'Åse Ødegård' }])
    const december = lunchEvent('2026-12-03', [sami.id, polish.id], [
      { id: 'h2', name: 'Åse Ødegård' },
      { id: 'h3', name: 'Bjørn Berg' },
    ], '')
    const before = registration(september, aile, 'mott')
    const aileNow = registration(december, aile)
    const jozefNow = registration(december, jozef)
    const tables = [
      { id: 't1', name: 'Bord 1', shape: 'round' as const, seats: 3 },
      { id: 't2', name: 'Bord 2', shape: 'round' as const, seats: 3 },
    ]
    // Both plans were stored before the rule existed: no weight for it.
    const oldRules = { weights: { hostsSpread: 3, organisationGrouping: 2, sectorsMixed: 2, sectorsNotAdjacent: 1, colleaguesAdjacent: 1 }, organisationMode: 'together' as const }
    const plan = (eventId: string, assignment: Record<string, string>) => ({
      id: crypto.randomUUID(),
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      deletedAt: null,
      eventId,
      data: { tables, assignment, locked: [], rules: oldRules as never },
    })
    await seed(app, {
      organisations: [sami, polish],
      people: [aile, jozef],
      events: [september, december],
      registrations: [before, aileNow, jozefNow],
      seatingPlans: [
        plan(september.id, { 't1:0': 'host:h1', 't1:1': before.id }),
        plan(december.id, { 't1:0': 'commissioner', 't2:0': 'host:h2', 't2:1': aileNow.id, 't1:1': 'host:h3', 't1:2': jozefNow.id }),
      ],
    })
    await app.goto(`/#/signeringslunsjer/${december.id}`)
    const seating = new LunchPlannerPage(app).seating
    await expect(seating.rule(/^Vertene møter nye gjester/)).toBeChecked()
    await expect(seating.unmet).toContainText('Åse Ødegård satt sammen med Áile Ŋuolla ved en tidligere lunsj, og sitter ved samme bord igjen (Bord 2).')
    await seating.region.screenshot({ path: 'test-results/screens/meetings-hosts-meet-new-before.png' })
    await seating.autoSeat.click()
    await expect(seating.unmet).not.toContainText('Åse Ødegård satt sammen med')
    const ase = (await seating.placeOf('Åse Ødegård')).split(',')[0]
    const aileTable = (await seating.placeOf('Áile Ŋuolla')).split(',')[0]
    expect(aileTable).not.toBe(ase)
    await expectAccessible(app)
    await seating.region.screenshot({ path: 'test-results/screens/meetings-hosts-meet-new-after.png' })
  })
})

test.describe('inviting those i faresonen', () => {
  test('"I faresonen på Deltakelse" invites the members with no counted meeting this year, and registers their climate contacts', async ({ app }) => {
    await openApp(app)
    // 28.11.2026, after 1 September: Flink attended the October meeting; Glemt and the February newcomer Nabo attended nothing.
    const ids = ['flink', 'glemt', 'nabo'] as const
    const names = { flink: 'Flink Fjord AS', glemt: 'Glemt Gård AS', nabo: 'Ny Nabo AS' }
    const contacts = { flink: 'Frida Fjord', glemt: 'Gáddjá Gård', nabo: 'Nina Nabo' }
    const since = { flink: '2024-01-10', glemt: '2024-01-10', nabo: '2026-02-01' }
    const upcoming = year.meeting('desember', 'nettverksmote', '2026-12-10', 'Desembermøtet')
    await seedDatabase(app, {
      organisations: ids.map((id) => year.organisation(id, names[id])),
      statusEvents: ids.map((id) => year.statusEvent(id, 'medlem', since[id])),
      people: ids.flatMap((id) => [year.person(`leader-${id}`, id, `Leder ${names[id]}`, ['toppleder']), year.person(`contact-${id}`, id, contacts[id], ['klimakontakt'])]),
      contracts: ids.map((id) => year.contract(id, since[id], `leader-${id}`)),
      events: [year.meeting('oktober', 'nettverksmote', '2026-10-05', 'Høstmøtet'), upcoming],
      registrations: [year.attended('oktober', 'flink', 'contact-flink', ['klimakontakt'])],
    })

    const page = new EventPage(app)
    await page.open(upcoming.id)
    const { invitations, registrations } = page
    await invitations.participationRisk.check()
    await invitations.invite.click()
    await expect(invitations.result).toContainText('2 virksomheter invitert, 2 personer registrert som invitert.')
    await expect(invitations.invited.getByRole('listitem')).toHaveText([/^Glemt Gård AS/, /^Ny Nabo AS/])
    await expect(registrations.status('Gáddjá Gård')).toHaveValue('invitert')
    await expect(registrations.status('Nina Nabo')).toHaveValue('invitert')
    await expect(registrations.row('Frida Fjord')).toHaveCount(0)
    await expectAccessible(app)
    await invitations.region.screenshot({ path: 'test-results/screens/meetings-invite-participation-risk.png' })
  })
})
