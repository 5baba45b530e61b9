/**
 * What the history says once something is deleted for good: "slettet person" where an
 * organisation's page named a person erased from the Data page, "slettet virksomhet" where an
 * organisation emptied from the trash was (its own entries and a lunch's that invited it).
 */
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { organisation, person as personOf } from './events-seed'
import { namesIn, putRows, storedText } from './host/indexed-db'
import { DataPage } from './pages/data-page'
import { OrganisationPage } from './pages/organisation-page'
import { RegisterPage, TrashPage } from './pages/register-page'

/** One history entry as the app writes it. */
const entry = (n: number, table: string, entityId: string, summary: string) => ({
  id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  at: `2026-11-01T10:${String(n).padStart(2, '0')}:00.000Z`,
  table,
  entityId,
  action: 'update',
  changes: { notes: { from: '', to: summary } },
  summary,
  userName: 'Kari',
  installId: 'x',
})

test.describe('history after deleting for good', () => {
  test('says «slettet person» in the organisation’s history where it named the person erased', async ({ app, host }) => {
    await openApp(app)
    const ruotta = organisation('Ruoŧŧa AS')
    const person = { ...personOf(ruotta, 'Ánde Ŋuolla', 'ande@example.no', ['toppleder']), title: 'Leder' }
    await putRows(app, [ruotta])
    await putRows(app, [person], 'people')
    await putRows(app, [entry(1, 'organisations', ruotta.id, 'Person lagt til: Ánde Ŋuolla'), entry(2, 'organisations', ruotta.id, 'Opplysninger om Ruoŧŧa AS ble endret')], 'auditLog')
    // Rows written behind Dexie's back: reload so the live queries see them.
    await app.reload()
    const data = new DataPage(app, host)
    await data.open()
    await data.privacy.startErasing('Ánde Ŋuolla – Ruoŧŧa AS')
    await data.privacy.confirmErase.click()
    await expect(notices(app).getByText('Ánde Ŋuolla er slettet for godt.')).toBeVisible()

    await app.goto(OrganisationPage.path(ruotta.id))
    const page = new OrganisationPage(app, 'Ruoŧŧa AS')
    await expect(page.historyEntry('slettet person')).toHaveCount(1)
    await expect(page.historyEntry('Opplysninger om Ruoŧŧa AS ble endret')).toHaveCount(1)
    await expect(page.history).not.toContainText('Ánde')
    await expect(page.history).not.toContainText('slettet virksomhet')
    await expectAccessible(app)
    await page.history.scrollIntoViewIfNeeded()
    await app.screenshot({ path: 'test-results/history-erased-person.png' })
  })

  test('says «slettet virksomhet» where the organisation emptied from the trash was', async ({ app }) => {
    await openApp(app)
    const fjordlys = { ...organisation('Fjordlys Energi AS'), orgNumber: '923456783', deletedAt: '2026-11-20T10:00:00.000Z', trashedPersonIds: [] }
    const lunch = '00000000-0000-4000-8000-000000000077'
    await putRows(app, [fjordlys, organisation('Havbris AS')])
    await putRows(app, [entry(1, 'organisations', fjordlys.id, 'Opplysninger om Fjordlys Energi AS ble endret'), entry(2, 'events', lunch, 'Fjordlys Energi AS invitert til signeringslunsj')], 'auditLog')
    await app.reload()
    const register = new RegisterPage(app)
    await register.open()
    await register.trashLink(1).click()
    const trash = new TrashPage(app)
    await trash.emptyTrash.click()
    await trash.eraseForGood.click()
    await expect(trash.emptyHeading).toBeVisible()
    expect(await namesIn(app)).toEqual(['', 'Havbris AS'])

    const history = JSON.parse(await storedText(app, 'auditLog')) as { entityId: string; summary: string; action: string }[]
    const of = (id: string) => history.filter((e) => e.entityId === id).map((e) => e.summary)
    expect(of(fjordlys.id)).toEqual(['slettet virksomhet', 'En virksomhet ble slettet for godt da papirkurven ble tømt'])
    expect(of(lunch)).toEqual(['slettet virksomhet'])
    expect(JSON.stringify(history)).not.toContain('Fjordlys')
  })
})
