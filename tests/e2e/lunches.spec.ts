import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { dragWithMouse } from './lunches/drag'
import { organisationStatus, seedCandidates } from './lunches/seed'

const CANDIDATES = [
  { name: 'Fjordkraft Grønn AS', sector: 'energi', appliedOn: '2026-03-02', people: [{ name: 'Ingrid Solberg', title: 'Administrerende direktør', roles: ['toppleder'] }] },
  { name: 'Byggmester Berg AS', sector: 'bygg', appliedOn: '2026-01-15', people: [{ name: 'Per Berg', title: 'Daglig leder', roles: ['toppleder'] }] },
  { name: 'Sykkelbud Oslo', sector: 'transport', appliedOn: '2026-05-20', people: [{ name: 'Aisha Khan', title: 'Daglig leder', roles: ['toppleder'] }] },
]

test.describe('signing lunch planner', () => {
  test('plans a lunch from candidates to "Registrer signering"', async ({ app, host }) => {
    test.setTimeout(180_000)
    await openApp(app)
    await app.getByRole('link', { name: 'Innstillinger' }).click()
    await app.getByLabel('Byrådens navn').fill('Marit Vea')
    await app.getByRole('button', { name: 'Lagre' }).click()
    await expect(notices(app).getByText('Innstillingene er lagret.')).toBeVisible()
    await seedCandidates(app, CANDIDATES)

    await app.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Signeringslunsjer' }).click()
    await expect(app.getByRole('heading', { name: 'Ingen signeringslunsjer ennå' })).toBeVisible()
    await expectAccessible(app)

    // A new lunch: a bad date is refused at the field.
    await app.getByRole('button', { name: 'Ny signeringslunsj' }).click()
    const form = app.getByRole('form', { name: 'Ny signeringslunsj' })
    await form.getByLabel('Dato').fill('31.02.2026')
    await form.getByLabel('Rom').fill('Festsalen')
    await form.getByRole('button', { name: 'Opprett' }).click()
    await expect(form.getByText('Skriv datoen som dd.mm.åååå')).toBeVisible()
    await form.getByLabel('Dato').fill('03.12.2026')
    await form.getByRole('button', { name: 'Opprett' }).click()
    await expect(app.getByRole('heading', { level: 1, name: 'Signeringslunsj 03.12.2026' })).toBeVisible()
    await expect(app.getByLabel('Byrådens navn')).toHaveValue('Marit Vea')
    await expectAccessible(app)

    // Candidates, oldest application first; a full lunch refuses another without the override.
    const candidates = app.getByRole('table', { name: 'Godkjente søkere, eldste søknad først' })
    await expect(candidates.getByRole('row').nth(1)).toContainText('Byggmester Berg AS')
    await expect(candidates.getByRole('row').nth(3)).toContainText('Sykkelbud Oslo')
    await app.getByLabel('Maks antall virksomheter').fill('2')
    await app.getByRole('button', { name: 'Lagre lunsjen' }).click()
    // Invite once the new limit is saved, as a user who reads the notice would.
    await expect(notices(app).getByText('Lunsjen er lagret.')).toBeVisible()
    await app.getByRole('button', { name: 'Inviter Byggmester Berg AS' }).click()
    await app.getByRole('button', { name: 'Inviter Fjordkraft Grønn AS' }).click()
    await expect(app.getByRole('main').getByText('lunsjen er full')).toBeVisible()
    await app.getByRole('button', { name: 'Inviter Sykkelbud Oslo' }).click()
    await expect(app.getByRole('alert').filter({ hasText: 'Lunsjen er full (2 virksomheter)' })).toBeVisible()
    await app.getByLabel('Tillat flere virksomheter enn maks').check()
    await app.getByRole('button', { name: 'Inviter Sykkelbud Oslo' }).click()
    await expect(app.getByRole('main').getByText('Ingen godkjente søkere venter på signering.')).toBeVisible()
    expect(await organisationStatus(app, 'Sykkelbud Oslo')).toEqual({ status: 'invitert', signedDate: null })
    // The invitation e-mail is the events feature's, on the invited organisations of this lunch.
    await expect(app.getByRole('heading', { name: 'Invitasjon på e-post' })).toBeVisible()

    // Guests: the top leader from the register, and one more typed in.
    await app.getByRole('button', { name: 'Legg til gjest' }).first().click()
    const berg = app.getByRole('form', { name: 'Legg til gjest fra Byggmester Berg AS' })
    await berg.getByRole('button', { name: 'Legg til gjest' }).click()
    await berg.getByRole('button', { name: 'Legg til gjest' }).click()
    await expect(berg.getByText('Skriv inn navnet på gjesten.')).toBeVisible()
    await berg.getByLabel('Navn').fill('Kari Berg')
    await berg.getByLabel('Tittel').fill('Klimaansvarlig')
    await berg.getByLabel('Rolle').selectOption('klimakontakt')
    await berg.getByRole('button', { name: 'Legg til gjest' }).click()
    await expect(app.getByRole('main').getByRole('heading', { name: 'Byggmester Berg AS 2 av 2' })).toBeVisible()
    for (const org of ['Fjordkraft Grønn AS', 'Sykkelbud Oslo']) {
      await app.getByRole('form', { name: `Legg til gjest fra ${org}` }).getByRole('button', { name: 'Legg til gjest' }).click()
    }
    await expect(app.getByRole('heading', { name: 'Gjester (4)' })).toBeVisible()

    await app.getByLabel('Vertens navn').fill('Hanne Lie')
    await app.getByLabel('Vertens tittel').fill('direktør i Klimaetaten')
    await app.getByRole('button', { name: 'Legg til vert' }).click()

    // Two tables, then automatic seating: the commissioner at table 1.
    const tables = app.getByRole('form', { name: 'Legg til bord' })
    await tables.getByLabel('Antall plasser').fill('4')
    await tables.getByRole('button', { name: 'Legg til bord' }).click()
    await tables.getByLabel('Form').selectOption('rect')
    await tables.getByRole('button', { name: 'Legg til bord' }).click()
    await expect(app.getByRole('heading', { name: 'Ikke plassert (6)' })).toBeVisible()
    await app.getByRole('button', { name: 'Plasser automatisk' }).click()
    await expect(app.getByRole('heading', { name: 'Ikke plassert (0)' })).toBeVisible()
    const plan = app.getByRole('group', { name: 'Bordplan' })
    await expect(plan.getByRole('button', { name: /^Bord 1, plass \d: Marit Vea/ })).toHaveCount(1)
    await expectAccessible(app)
    await app.locator('#bord').screenshot({ path: 'test-results/lunch-floor-plan.png' })

    // Keyboard alone: pick up, swap, undo, redo, lock, unseat.
    const seat = (name: string) => plan.getByRole('button', { name: new RegExp(`: ${name}`) })
    const seatName = async (name: string) => ((await seat(name).getAttribute('aria-label')) ?? '').split(':')[0]
    const perBefore = await seatName('Per Berg')
    const aishaBefore = await seatName('Aisha Khan')
    await seat('Per Berg').focus()
    await app.keyboard.press('Enter')
    await expect(seat('Per Berg')).toHaveAttribute('aria-pressed', 'true')
    await seat('Aisha Khan').focus()
    await app.keyboard.press('Enter')
    await expect.poll(() => seatName('Per Berg')).toBe(aishaBefore)
    expect(await seatName('Aisha Khan')).toBe(perBefore)
    await app.keyboard.press('Control+z')
    await expect.poll(() => seatName('Per Berg')).toBe(perBefore)
    await app.keyboard.press('Control+Shift+Z')
    await expect.poll(() => seatName('Per Berg')).toBe(aishaBefore)
    await seat('Per Berg').focus()
    await app.keyboard.press('l')
    await expect(seat('Per Berg')).toHaveAttribute('aria-label', /, låst$/)
    await app.keyboard.press('Delete')
    await expect(app.getByRole('alert').filter({ hasText: 'er låst' })).toBeVisible()
    await seat('Ingrid Solberg').focus()
    await app.keyboard.press('Delete')
    await expect(app.getByRole('heading', { name: 'Ikke plassert (1)' })).toBeVisible()

    // The mouse: drag the unseated guest onto an empty seat.
    const chip = app.getByRole('button', { name: /^Ingrid Solberg/ })
    const empty = plan.getByRole('button', { name: /: ledig$/ }).first()
    // Both ends of the drag on screen: the seat mid-window, the unseated list sticks at the top.
    await empty.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await expect(chip).toBeInViewport()
    const place = (await empty.getAttribute('aria-label'))!.split(':')[0]
    await dragWithMouse(app, chip, empty, { region: app.locator('#bord').getByRole('status'), over: `Ingrid Solberg er over ${place}.` })
    await expect(app.getByRole('heading', { name: 'Ikke plassert (0)' })).toBeVisible()
    const seatingTools = app.getByRole('group', { name: 'Bordplassering' })
    await seatingTools.getByRole('button', { name: 'Angre' }).click()
    await expect(app.getByRole('heading', { name: 'Ikke plassert (1)' })).toBeVisible()
    await seatingTools.getByRole('button', { name: 'Gjør om' }).click()
    await expect(app.getByRole('heading', { name: 'Ikke plassert (0)' })).toBeVisible()

    // Speaking order: reorder by keyboard, share the time, timings shown.
    const speakers = app.getByRole('list', { name: 'Taleliste' })
    await expect(speakers.getByRole('listitem').first()).toContainText('Byggmester Berg AS')
    await app.getByRole('button', { name: 'Flytt Byggmester Berg AS ned' }).click()
    await expect(speakers.getByRole('listitem').first()).toContainText('Fjordkraft Grønn AS')
    await dragWithMouse(app, speakers.getByRole('button', { name: 'Flytt Sykkelbud Oslo til en annen plass' }), speakers.getByRole('listitem').first(), {
      region: app.locator('#taleliste').getByRole('status'),
      over: 'Flyttet Sykkelbud Oslo til plass 1 av 3.',
    })
    await expect(speakers.getByRole('listitem').first()).toContainText('Sykkelbud Oslo')
    await app.getByRole('button', { name: 'Fordel tiden likt' }).click()
    await expect(speakers.getByRole('listitem').first()).toContainText('12.00–12.20')
    await expect(app.getByRole('main').getByText('Brukt: 60 minutter')).toBeVisible()
    await app.locator('#taleliste').screenshot({ path: 'test-results/lunch-speaking-order.png' })

    // Printouts, rendered by the real host code in the PDF worker and saved through the dialog.
    const saved = async (button: string, notice: RegExp, copyAs: string) => {
      const before = host.saveRequests.length
      await app.getByRole('button', { name: button }).click()
      await expect(notices(app).getByText(notice)).toBeVisible({ timeout: 30_000 })
      const request = host.saveRequests[before]!
      const file = path.join(request.defaultFolder ?? host.documentsFolder, request.suggestedName)
      copyFileSync(file, `test-results/${copyAs}`)
      return extractText(new Uint8Array(readFileSync(file)))
    }
    const cards = await saved('Bordkort (PDF)', /Bordkort er lagret: Bordkort signeringslunsj 03\.12\.2026\.pdf \(1 side\)/, 'lunch-place-cards.pdf')
    // Six people, six cards on one A4, each name on both faces.
    expect(cards.pages[0]!.match(/Marit Vea/g)).toHaveLength(2)
    expect(cards.pages[0]!.match(/Hanne Lie/g)).toHaveLength(2)
    expect(cards.all).toContain('Byggmester Berg AS')
    const planPdf = await saved('Bordplan (PDF)', /Bordplan er lagret/, 'lunch-table-plan.pdf')
    expect(planPdf.all).toMatch(/Bord 1 \(4 gjester\)/)
    const list = await saved('Gjesteliste (PDF)', /Gjesteliste er lagret/, 'lunch-guest-list.pdf')
    expect(list.all.indexOf('Aisha Khan')).toBeLessThan(list.all.indexOf('Per Berg'))
    const agendaPdf = await saved('Program og taleliste (PDF)', /Program og taleliste er lagret/, 'lunch-agenda.pdf')
    expect(agendaPdf.all).toContain('12.00–12.20')
    const contracts = await saved('Klimakontrakter (PDF)', /Klimakontraktene er lagret: .*\(3 virksomheter, to eksemplarer hver\)/, 'lunch-contracts.pdf')
    expect(contracts.all.match(/Sykkelbud Oslo/g)?.length).toBeGreaterThanOrEqual(2)
    expect(contracts.all).toContain('Marit Vea')

    // After the lunch: two signed, one did not come and stays invited.
    // The box follows the stored check-in, so it turns on once the write is done.
    await app.getByRole('checkbox', { name: 'Møtt – Per Berg' }).click()
    await expect(app.getByRole('checkbox', { name: 'Møtt – Per Berg' })).toBeChecked()
    await app.getByRole('checkbox', { name: 'Fjordkraft Grønn AS signerte' }).check()
    await expect(app.getByRole('checkbox', { name: 'Byggmester Berg AS signerte' })).toBeChecked()
    await app.getByRole('button', { name: 'Registrer signering' }).click()
    const dialog = app.getByRole('dialog', { name: 'Registrer signering' })
    await expect(dialog).toContainText('2 virksomheter blir medlemmer fra 03.12.2026')
    await expectAccessible(app)
    await dialog.getByRole('button', { name: 'Registrer' }).click()
    await expect(notices(app).getByText('Signering registrert: 2 nye medlemmer.')).toBeVisible()
    expect(await organisationStatus(app, 'Byggmester Berg AS')).toEqual({ status: 'medlem', signedDate: '2026-12-03' })
    expect(await organisationStatus(app, 'Fjordkraft Grønn AS')).toEqual({ status: 'medlem', signedDate: '2026-12-03' })
    expect(await organisationStatus(app, 'Sykkelbud Oslo')).toEqual({ status: 'invitert', signedDate: null })
    await app.screenshot({ path: 'test-results/lunch-planner-full.png', fullPage: true })

    await app.getByRole('link', { name: 'Alle lunsjer' }).click()
    await expect(app.getByRole('row', { name: /Signeringslunsj 03.12.2026/ })).toContainText('Signering registrert')
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
    await app.getByRole('link', { name: 'Signeringslunsjer' }).click()
    await app.getByRole('button', { name: 'Ny signeringslunsj' }).click()
    await app.getByLabel('Dato').fill('10.06.2027')
    await app.getByRole('button', { name: 'Opprett' }).click()
    await app.getByLabel('Maks antall virksomheter').fill('12')
    await app.getByLabel('Byrådens navn').fill('Marit Vea')
    await app.getByRole('button', { name: 'Lagre lunsjen' }).click()
    await expect(notices(app).getByText('Lunsjen er lagret.')).toBeVisible()
    for (let i = 0; i < 12; i++) await app.getByRole('button', { name: `Inviter Virksomhet ${String.fromCharCode(65 + i)} AS` }).click()
    for (let i = 0; i < 12; i++) {
      const form = app.getByRole('form', { name: `Legg til gjest fra Virksomhet ${String.fromCharCode(65 + i)} AS` })
      await form.getByRole('button', { name: 'Legg til gjest' }).click()
      await expect(form.getByRole('combobox', { name: 'Gjest' }).getByRole('option', { name: /^Leder/ })).toHaveCount(0)
      await form.getByRole('button', { name: 'Legg til gjest' }).click()
      await expect(form).toBeHidden()
    }
    for (const host of ['Hanne Lie', 'Jonas Dahl', 'Siri Holm']) {
      await app.getByLabel('Vertens navn').fill(host)
      await app.getByRole('button', { name: 'Legg til vert' }).click()
      await expect(app.getByRole('button', { name: `Fjern ${host}` })).toBeVisible()
    }
    const tables = app.getByRole('form', { name: 'Legg til bord' })
    for (const shape of ['round', 'round', 'round', 'rect'] as const) {
      await tables.getByLabel('Form').selectOption(shape)
      await tables.getByRole('button', { name: 'Legg til bord' }).click()
    }
    const plan = app.getByRole('group', { name: 'Bordplan' })
    await expect(plan.getByRole('button')).toHaveCount(32)
    // The seating runs in a Web Worker, off the page's thread.
    const worker = app.waitForEvent('worker')
    await app.getByRole('button', { name: 'Plasser automatisk' }).click()
    expect((await worker).url()).toContain('auto-seat.worker')
    await expect(app.getByRole('heading', { name: 'Ikke plassert (0)' })).toBeVisible()
    await expect(plan.getByRole('button', { name: /: ledig$/ })).toHaveCount(4)
    await expect(plan.getByRole('button', { name: /^Bord 1, plass \d: Marit Vea/ })).toHaveCount(1)
    for (const t of [1, 2, 3, 4]) await expect(plan.getByRole('button', { name: new RegExp(`^Bord ${t}, plass \\d: (Hanne Lie|Jonas Dahl|Siri Holm|Marit Vea)`) })).not.toHaveCount(0)
    await app.locator('.floor-plan-wrap').screenshot({ path: 'test-results/lunch-floor-plan-large.png' })
    await expectAccessible(app)
  })
})
