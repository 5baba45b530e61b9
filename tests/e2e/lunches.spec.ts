import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator } from '@playwright/test'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { dragWithMouse } from './lunches/drag'
import { organisationStatus, seedCandidates } from './lunches/seed'
import { LunchPlannerPage } from './pages/lunch-planner-page'
import { LunchesPage } from './pages/lunches-page'
import { SettingsPage } from './pages/settings-page'
import { errorNotice } from './pages/shell'

const CANDIDATES = [
  { name: 'Fjordkraft Grønn AS', sector: 'energi', appliedOn: '2026-03-02', people: [{ name: 'Ingrid Solberg', title: 'Administrerende direktør', roles: ['toppleder'] }] },
  { name: 'Byggmester Berg AS', sector: 'bygg', appliedOn: '2026-01-15', people: [{ name: 'Per Berg', title: 'Daglig leder', roles: ['toppleder'] }] },
  { name: 'Sykkelbud Oslo', sector: 'transport', appliedOn: '2026-05-20', people: [{ name: 'Aisha Khan', title: 'Daglig leder', roles: ['toppleder'] }] },
]

test.describe('signing lunch planner', () => {
  test('plans a lunch from candidates to "Registrer signering"', async ({ app, host }) => {
    test.setTimeout(180_000)
    await openApp(app)
    const settings = new SettingsPage(app)
    await settings.open()
    await settings.saveSettings({ commissionerName: 'Marit Vea' })
    await expect(notices(app).getByText('Innstillingene er lagret.')).toBeVisible()
    await seedCandidates(app, CANDIDATES)

    const lunches = new LunchesPage(app)
    await lunches.open()
    await expect(lunches.emptyHeading).toBeVisible()
    await expectAccessible(app)

    // A new lunch: a bad date is refused at the field.
    await lunches.newLunch.click()
    await lunches.submit({ date: '31.02.2026', room: 'Festsalen' })
    await expect(lunches.error('Skriv datoen som dd.mm.åååå')).toBeVisible()
    await lunches.submit({ date: '03.12.2026' })
    const planner = new LunchPlannerPage(app)
    await expect(planner.heading('03.12.2026')).toBeVisible()
    await expect(planner.details.commissionerName).toHaveValue('Marit Vea')
    await expectAccessible(app)

    // Candidates, oldest application first; a full lunch refuses another without the override.
    const { candidates } = planner
    await expect(candidates.table.getByRole('row').nth(1)).toContainText('Byggmester Berg AS')
    await expect(candidates.table.getByRole('row').nth(3)).toContainText('Sykkelbud Oslo')
    await planner.details.saveDetails({ maxOrganisations: '2' })
    // Invite once the new limit is saved, as a user who reads the notice would.
    await expect(notices(app).getByText('Lunsjen er lagret.')).toBeVisible()
    await candidates.invite('Byggmester Berg AS')
    await candidates.invite('Fjordkraft Grønn AS')
    await expect(candidates.text('lunsjen er full')).toBeVisible()
    await candidates.invite('Sykkelbud Oslo')
    await expect(candidates.refusal('Lunsjen er full (2 virksomheter)')).toBeVisible()
    await candidates.allowOverfill.check()
    await candidates.invite('Sykkelbud Oslo')
    await expect(candidates.text('Ingen godkjente søkere venter på signering.')).toBeVisible()
    expect(await organisationStatus(app, 'Sykkelbud Oslo')).toEqual({ status: 'invitert', signedDate: null })
    // The invitation e-mail is the events feature's, on the invited organisations of this lunch.
    await expect(planner.invitationMail).toBeVisible()

    // Guests: the top leader from the register, and one more typed in.
    const { guests } = planner
    const berg = guests.form('Byggmester Berg AS')
    await berg.add.click()
    await berg.add.click()
    await berg.add.click()
    await expect(berg.error('Skriv inn navnet på gjesten.')).toBeVisible()
    await berg.name.fill('Kari Berg')
    await berg.title.fill('Klimaansvarlig')
    await berg.role.selectOption('klimakontakt')
    await berg.add.click()
    await expect(guests.organisationHeading('Byggmester Berg AS 2 av 2')).toBeVisible()
    for (const org of ['Fjordkraft Grønn AS', 'Sykkelbud Oslo']) await guests.form(org).add.click()
    await expect(guests.heading(4)).toBeVisible()

    await planner.hosts.addHost({ name: 'Hanne Lie', title: 'direktør i Klimaetaten' })

    // Two tables, then automatic seating: the commissioner at table 1.
    const { seating } = planner
    await seating.addTables({ seats: '4' }, { shape: 'rect' })
    await expect(seating.unseatedHeading(6)).toBeVisible()
    await seating.autoSeat.click()
    await expect(seating.unseatedHeading(0)).toBeVisible()
    await expect(seating.seats(/^Bord 1, plass \d: Marit Vea/)).toHaveCount(1)
    await expectAccessible(app)
    await seating.region.screenshot({ path: 'test-results/lunch-floor-plan.png' })

    // Keyboard alone: pick up, swap, undo, redo, lock, unseat.
    const perBefore = await seating.placeOf('Per Berg')
    const aishaBefore = await seating.placeOf('Aisha Khan')
    await seating.seatOf('Per Berg').focus()
    await app.keyboard.press('Enter')
    await expect(seating.seatOf('Per Berg')).toHaveAttribute('aria-pressed', 'true')
    await seating.seatOf('Aisha Khan').focus()
    await app.keyboard.press('Enter')
    await expect.poll(() => seating.placeOf('Per Berg')).toBe(aishaBefore)
    expect(await seating.placeOf('Aisha Khan')).toBe(perBefore)
    await app.keyboard.press('Control+z')
    await expect.poll(() => seating.placeOf('Per Berg')).toBe(perBefore)
    await app.keyboard.press('Control+Shift+Z')
    await expect.poll(() => seating.placeOf('Per Berg')).toBe(aishaBefore)
    await seating.seatOf('Per Berg').focus()
    await app.keyboard.press('l')
    await expect(seating.seatOf('Per Berg')).toHaveAttribute('aria-label', /, låst$/)
    await app.keyboard.press('Delete')
    await expect(errorNotice(app, 'er låst')).toBeVisible()
    await seating.seatOf('Ingrid Solberg').focus()
    await app.keyboard.press('Delete')
    await expect(seating.unseatedHeading(1)).toBeVisible()

    // The mouse: drag the unseated guest onto an empty seat.
    const chip = seating.unseated('Ingrid Solberg')
    const empty = seating.emptySeats.first()
    // Both ends of the drag on screen: the seat mid-window, the unseated list sticks at the top.
    await empty.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await expect(chip).toBeInViewport()
    const place = (await empty.getAttribute('aria-label'))!.split(':')[0]
    await dragWithMouse(app, chip, empty, { region: seating.announcements, over: `Ingrid Solberg er over ${place}.` })
    await expect(seating.unseatedHeading(0)).toBeVisible()
    await seating.undo.click()
    await expect(seating.unseatedHeading(1)).toBeVisible()
    await seating.redo.click()
    await expect(seating.unseatedHeading(0)).toBeVisible()

    // Speaking order: reorder by keyboard, share the time, timings shown.
    const { speaking } = planner
    await expect(speaking.speakers.first()).toContainText('Byggmester Berg AS')
    await speaking.moveDown('Byggmester Berg AS')
    await expect(speaking.speakers.first()).toContainText('Fjordkraft Grønn AS')
    await dragWithMouse(app, speaking.handle('Sykkelbud Oslo'), speaking.speakers.first(), {
      region: speaking.announcements,
      over: 'Flyttet Sykkelbud Oslo til plass 1 av 3.',
    })
    await expect(speaking.speakers.first()).toContainText('Sykkelbud Oslo')
    await speaking.shareTime.click()
    await expect(speaking.speakers.first()).toContainText('12.00–12.20')
    await expect(speaking.text('Brukt: 60 minutter')).toBeVisible()
    await speaking.region.screenshot({ path: 'test-results/lunch-speaking-order.png' })

    // Printouts, rendered by the real host code in the PDF worker and saved through the dialog.
    const saved = async (button: Locator, notice: RegExp, copyAs: string) => {
      const before = host.saveRequests.length
      await button.click()
      await expect(notices(app).getByText(notice)).toBeVisible({ timeout: 30_000 })
      const request = host.saveRequests[before]!
      const file = path.join(request.defaultFolder ?? host.documentsFolder, request.suggestedName)
      copyFileSync(file, `test-results/${copyAs}`)
      return extractText(new Uint8Array(readFileSync(file)))
    }
    const { printouts } = planner
    const cards = await saved(printouts.placeCards, /Bordkort er lagret: Bordkort signeringslunsj 03\.12\.2026\.pdf \(1 side\)/, 'lunch-place-cards.pdf')
    // Six people, six cards on one A4, each name on both faces.
    expect(cards.pages[0]!.match(/Marit Vea/g)).toHaveLength(2)
    expect(cards.pages[0]!.match(/Hanne Lie/g)).toHaveLength(2)
    expect(cards.all).toContain('Byggmester Berg AS')
    const planPdf = await saved(printouts.tablePlan, /Bordplan er lagret/, 'lunch-table-plan.pdf')
    expect(planPdf.all).toMatch(/Bord 1 \(4 gjester\)/)
    const list = await saved(printouts.guestList, /Gjesteliste er lagret/, 'lunch-guest-list.pdf')
    expect(list.all.indexOf('Aisha Khan')).toBeLessThan(list.all.indexOf('Per Berg'))
    const agendaPdf = await saved(printouts.agenda, /Program og taleliste er lagret/, 'lunch-agenda.pdf')
    expect(agendaPdf.all).toContain('12.00–12.20')
    const contracts = await saved(printouts.contracts, /Klimakontraktene er lagret: .*\(3 virksomheter, to eksemplarer hver\)/, 'lunch-contracts.pdf')
    expect(contracts.all.match(/Sykkelbud Oslo/g)?.length).toBeGreaterThanOrEqual(2)
    expect(contracts.all).toContain('Marit Vea')

    // After the lunch: two signed, one did not come and stays invited.
    // The box follows the stored check-in, so it turns on once the write is done.
    await guests.attended('Per Berg').click()
    await expect(guests.attended('Per Berg')).toBeChecked()
    const { signing } = planner
    await signing.signed('Fjordkraft Grønn AS').check()
    await expect(signing.signed('Byggmester Berg AS')).toBeChecked()
    await signing.register.click()
    await expect(signing.confirm).toContainText('2 virksomheter blir medlemmer fra 03.12.2026')
    await expectAccessible(app)
    await signing.confirmRegister.click()
    await expect(notices(app).getByText('Signering registrert: 2 nye medlemmer.')).toBeVisible()
    expect(await organisationStatus(app, 'Byggmester Berg AS')).toEqual({ status: 'medlem', signedDate: '2026-12-03' })
    expect(await organisationStatus(app, 'Fjordkraft Grønn AS')).toEqual({ status: 'medlem', signedDate: '2026-12-03' })
    expect(await organisationStatus(app, 'Sykkelbud Oslo')).toEqual({ status: 'invitert', signedDate: null })
    await app.screenshot({ path: 'test-results/lunch-planner-full.png', fullPage: true })

    await planner.allLunches.click()
    await expect(lunches.row('Signeringslunsj 03.12.2026')).toContainText('Signering registrert')
    await expectAccessible(app)
  })
})

test.describe('a larger lunch', () => {
  test('draws every seat of every table and seats twenty-four guests automatically, the commissioner at table 1', async ({ app }) => {
    test.setTimeout(120_000)
    await openApp(app)
    const sectors = ['energi', 'bygg', 'transport', 'handel', 'finans', 'IKT']
    await seedCandidates(
      app,
      Array.from({ length: 12 }, (_, i) => ({
        name: `Virksomhet ${String.fromCharCode(65 + i)} AS`,
        sector: sectors[i % sectors.length]!,
        appliedOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
        people: [
          { name: `Leder ${String.fromCharCode(65 + i)}. Nordmann`, title: 'Administrerende direktør', roles: ['toppleder'] },
          { name: `Rådgiver ${String.fromCharCode(65 + i)}. Hansen`, title: 'Bærekraftsrådgiver', roles: ['klimakontakt'] },
        ],
      })),
    )
    const lunches = new LunchesPage(app)
    await lunches.open()
    await lunches.createLunch('10.06.2027')
    const planner = new LunchPlannerPage(app)
    await planner.details.saveDetails({ maxOrganisations: '12', commissionerName: 'Marit Vea' })
    await expect(notices(app).getByText('Lunsjen er lagret.')).toBeVisible()
    for (let i = 0; i < 12; i++) await planner.candidates.invite(`Virksomhet ${String.fromCharCode(65 + i)} AS`)
    for (let i = 0; i < 12; i++) {
      const form = planner.guests.form(`Virksomhet ${String.fromCharCode(65 + i)} AS`)
      await form.add.click()
      await expect(form.guest.getByRole('option', { name: /^Leder/ })).toHaveCount(0)
      await form.add.click()
      await expect(form.form).toBeHidden()
    }
    for (const name of ['Hanne Lie', 'Jonas Dahl', 'Siri Holm']) {
      await planner.hosts.addHost({ name })
      await expect(planner.hosts.removeButton(name)).toBeVisible()
    }
    const { seating } = planner
    await seating.addTables({ shape: 'round' }, { shape: 'round' }, { shape: 'round' }, { shape: 'rect' })
    await expect(seating.plan.getByRole('button')).toHaveCount(32)
    // The seating runs in a Web Worker, off the page's thread.
    const worker = app.waitForEvent('worker')
    await seating.autoSeat.click()
    expect((await worker).url()).toContain('auto-seat.worker')
    await expect(seating.unseatedHeading(0)).toBeVisible()
    await expect(seating.emptySeats).toHaveCount(4)
    await expect(seating.seats(/^Bord 1, plass \d: Marit Vea/)).toHaveCount(1)
    for (const t of [1, 2, 3, 4]) await expect(seating.seats(new RegExp(`^Bord ${t}, plass \\d: (Hanne Lie|Jonas Dahl|Siri Holm|Marit Vea)`))).not.toHaveCount(0)
    await seating.plan.screenshot({ path: 'test-results/lunch-floor-plan-large.png' })
    await expectAccessible(app)
  })
})
