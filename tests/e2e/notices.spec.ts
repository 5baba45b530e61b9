import { expect, openApp, test } from './fixtures'
import { meeting, organisation, person, registration, seed } from './events-seed'
import { CheckInPage } from './pages/check-in-page'
import { LunchesPage } from './pages/lunches-page'
import { LunchPlannerPage } from './pages/lunch-planner-page'
import { expectApart } from './pages/notice-layout'
import { notice, notices } from './pages/shell'

test.describe('notices', () => {
  test('a notice takes room below the page instead of lying over "Legg til bord"', async ({ app }) => {
    await openApp(app)
    const lunches = new LunchesPage(app)
    await lunches.open()
    await lunches.createLunch('03.12.2026')
    const planner = new LunchPlannerPage(app)
    await planner.details.saveDetails({ maxOrganisations: '6', commissionerName: 'Marit Vea' })
    const saved = notice(app, 'Lunsjen er lagret.')
    await expect(saved).toBeVisible()

    // The button at the very bottom of the page's visible part, where the notices used to lie.
    const add = planner.seating.addTable
    await add.evaluate((el) => el.scrollIntoView({ block: 'end' }))
    await expectApart(app, add, saved)
    await app.screenshot({ path: 'test-results/notices-lunch-bottom.png' })
    await add.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await expectApart(app, add, saved)
    // The live region stays one polite status region, and the notice still closes.
    await expect(notices(app)).toHaveAttribute('aria-live', 'polite')
    await saved.getByRole('button', { name: 'Lukk melding' }).click()
    await expect(saved).toHaveCount(0)
  })

  test('the door check-in leaves the notice area visible below it', async ({ app }) => {
    await openApp(app)
    const org = organisation('Bølgen Energi AS')
    const people = ['Åse Ødegård', 'Máret Ánde'].map((n) => person(org, n))
    const event = meeting('Nettverksmøte om mobilitet', '2026-11-28')
    await seed(app, { organisations: [org], people, events: [event], registrations: people.map((p) => registration(event, p)) })
    const door = new CheckInPage(app)
    await door.open(event.id)
    await door.participantList.click()
    const saved = notice(app, /^Deltakerlisten er lagret/)
    await expect(saved).toBeVisible()
    await expectApart(app, door.participantList, saved)
    await app.screenshot({ path: 'test-results/notices-check-in.png' })
  })
})
