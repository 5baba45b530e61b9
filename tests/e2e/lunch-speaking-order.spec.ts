import { expect, openApp, test } from './fixtures'
import { seedCandidates } from './lunches/seed'
import { LunchPlannerPage } from './pages/lunch-planner-page'
import { LunchesPage } from './pages/lunches-page'

const person = (name: string) => [{ name, title: 'Daglig leder', roles: ['toppleder'] }]
const CANDIDATES = [
  { name: 'Byggmester Berg AS', sector: 'bygg', appliedOn: '2026-01-15', people: person('Per Berg') },
  { name: 'Fjordkraft Grønn AS', sector: 'energi', appliedOn: '2026-03-02', people: person('Ingrid Solberg') },
  { name: 'Sykkelbud Oslo', sector: 'transport', appliedOn: '2026-05-20', people: person('Aisha Khan') },
]

test.describe('speaking order by keyboard', () => {
  test('Space, ArrowDown, Space moves a speaker one place down, told in Norwegian to a screen reader, and Escape puts it back', async ({ app }) => {
    await openApp(app)
    await seedCandidates(app, CANDIDATES)
    const lunches = new LunchesPage(app)
    await lunches.open()
    await lunches.createLunch('03.12.2026')
    const { candidates, speaking } = new LunchPlannerPage(app)
    for (const { name } of CANDIDATES) await candidates.invite(name)

    await expect(speaking.speakers).toHaveText([/Byggmester Berg AS/, /Fjordkraft Grønn AS/, /Sykkelbud Oslo/])
    const handle = speaking.handle('Byggmester Berg AS')
    await expect(handle).toHaveAccessibleDescription(/Trykk mellomrom for å ta opp virksomheten/)
    const announced = speaking.announcements

    await handle.focus()
    await app.keyboard.press('Space')
    await expect(announced).toHaveText('Tok opp Byggmester Berg AS. Plass 1 av 3.')
    await app.keyboard.press('ArrowDown')
    await expect(announced).toHaveText('Flyttet Byggmester Berg AS til plass 2 av 3.')
    await app.keyboard.press('Space')
    await expect(announced).toHaveText('Slapp Byggmester Berg AS på plass 2 av 3.')
    await expect(speaking.speakers).toHaveText([/Fjordkraft Grønn AS/, /Byggmester Berg AS/, /Sykkelbud Oslo/])
    // The speaker kept its new place once written, and the keyboard is still on its handle.
    await expect(speaking.speakers.nth(1)).toContainText('12.05–12.10')
    await expect(handle).toBeFocused()

    await app.keyboard.press('Space')
    await app.keyboard.press('ArrowDown')
    await expect(announced).toHaveText('Flyttet Byggmester Berg AS til plass 3 av 3.')
    await app.keyboard.press('Escape')
    await expect(announced).toHaveText('Avbrøt flyttingen. Byggmester Berg AS er tilbake på plass 2 av 3.')
    await expect(speaking.speakers).toHaveText([/Fjordkraft Grønn AS/, /Byggmester Berg AS/, /Sykkelbud Oslo/])

    // The order is stored, not only shown.
    await app.reload()
    await expect(speaking.speakers).toHaveText([/Fjordkraft Grønn AS/, /Byggmester Berg AS/, /Sykkelbud Oslo/])
  })
})
