import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { runPdfJob } from '../../electron/main/pdf'
import { seedOrganisations, type SeedData } from '../fixtures/seed-organisations'
import { sampleContract } from '../unit/main/pdf/contract-fixtures'
import { extractText } from '../unit/main/pdf/read-pdf'
import { expect, expectAccessible, notice, notices, openRegisterWith, test } from './fixtures'
import { BatchContractsPage } from './pages/contracts'
import { OrganisationPage } from './pages/organisation-page'
import { SettingsPage } from './pages/settings-page'
import { openButton, undoButton } from './pages/shell'

const SAMI = 'Čáhppes Đuoddar ŋŧž AS'

/** Three organisations, the first with a Sami name and a top leader with Sami letters. */
function seed(): SeedData {
  const data = seedOrganisations(3)
  const first = data.organisations[0]!
  first.name = SAMI
  // A member: its contract comes from the member template that the template test edits.
  first.tier = 'medlem'
  first.status = 'invitert'
  first.signedDate = null
  data.statusEvents = data.statusEvents.filter((e) => e.organisationId !== first.id)
  data.people = data.people.filter((p) => p.organisationId !== first.id)
  data.people.push({ ...data.people[0]!, id: 'leader-1', organisationId: first.id, name: 'Ánde Šošoŧ', title: 'Administrerende direktør', roles: ['toppleder'] })
  return data
}

async function openOrganisation(app: Page, data: SeedData): Promise<OrganisationPage> {
  await openRegisterWith(app, data)
  await app.goto(OrganisationPage.path(data.organisations[0]!.id))
  const org = new OrganisationPage(app, SAMI)
  await expect(org.heading).toBeVisible()
  return org
}

test.describe('klimakontrakt', () => {
  test('a user makes the contract from the organisation page and a real PDF with two copies lands on disk', async ({ app, host }) => {
    const org = await openOrganisation(app, seed())
    const panel = org.contract
    await expect(panel.signer).toHaveValue('Ánde Šošoŧ')
    await panel.makeContract({ signingDate: '03.06.2027', commissioner: 'Marit Vea' })

    const fileName = `Klimakontrakt ${SAMI}.pdf`
    await expect(notices(app).getByText(`Klimakontrakten er lagret som ${fileName}.`)).toBeVisible()
    const file = path.join(host.documentsFolder, fileName)
    const text = await extractText(new Uint8Array(readFileSync(file)))
    expect(text.pages.length % 2).toBe(0)
    expect(text.pages.filter((p) => p.includes('Eksemplar 1 av 2 – Oslo kommune')).length).toBe(text.pages.length / 2)
    expect(text.pages.filter((p) => p.includes(`Eksemplar 2 av 2 – ${SAMI}`)).length).toBe(text.pages.length / 2)
    expect(text.all).toContain('Oslo, 3. juni 2027')
    expect(text.all).toContain('Ánde Šošoŧ')
    expect(text.all).toContain('Marit Vea')
    expect(host.events.some((e) => e.type === 'progress' && e.done === 1)).toBe(true)

    await openButton(notice(app, `Klimakontrakten er lagret som ${fileName}.`)).click()
    await expect.poll(() => host.openedPaths).toEqual([file])

    const { history } = panel
    await expect(history.getByText('Ikke signert')).toBeVisible()
    await expect(history.getByText('Versjon 1')).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/contract-panel.png', fullPage: true })
    await expectAccessible(app)

    await panel.caseNumber().fill('27/01234-5')
    await panel.saveCaseNumber().click()
    await expect(notices(app).getByText('Saksnummeret er lagret.')).toBeVisible()

    await panel.registerSignature().click()
    const signing = panel.signature
    await signing.submit('31.02.2027')
    await expect(signing.error('Datoen er ugyldig')).toBeVisible()
    await signing.submit('03.06.2027')
    await expect(notices(app).getByText('Signaturen er registrert. Virksomheten er medlem fra 03.06.2027.')).toBeVisible()
    await expect(history.getByText('Signert 03.06.2027')).toBeVisible()
    await expect(org.status.text('signert 03.06.2027')).toBeVisible()
    await expect(panel.caseNumber()).toHaveValue('27/01234-5')

    const scan = path.join(host.root, 'skannet kontrakt.pdf')
    writeFileSync(scan, readFileSync(file))
    host.answerOpen(scan)
    await panel.attachSignedCopy().click()
    await expect(notices(app).getByText('Den signerte kopien «skannet kontrakt.pdf» er lagt ved.')).toBeVisible()
    await expect(history.getByRole('cell', { name: /skannet kontrakt\.pdf/ })).toBeVisible()
  })

  test('refuses a character the PDF cannot print at the field, and a cancelled save records nothing', async ({ app, host }) => {
    const { contract: panel } = await openOrganisation(app, seed())
    await panel.makeContract({ commissioner: 'Marit Vea 🌱' })
    await expect(panel.text('«🌱» (U+1F331)')).toBeVisible()
    expect(host.saveRequests).toHaveLength(0)

    await panel.commissioner.fill('Marit Vea')
    host.answerSave(null)
    await panel.make.click()
    await expect(notices(app).getByText('Lagringen ble avbrutt. Ingen kontrakt er registrert.')).toBeVisible()
    await expect(panel.text('Ingen klimakontrakter ennå')).toBeVisible()
  })

  test('makes contracts for several organisations at once: one merged PDF and one file each', async ({ app, host }) => {
    const data = seed()
    const org = await openOrganisation(app, data)
    await org.batchContracts.click()
    const batch = new BatchContractsPage(app)
    await expect(batch.heading).toBeVisible()
    await batch.commissioner.fill('Marit Vea')
    await batch.signingDate.fill('03.06.2027')
    await batch.make.click()
    await expect(batch.error('Velg minst én virksomhet.')).toBeVisible()

    const names = data.organisations.map((o) => o.name)
    for (const name of names) await batch.organisation(name).check()
    await batch.oneFileEach.check()
    await app.screenshot({ path: 'test-results/screens/contract-batch.png', fullPage: true })
    await expectAccessible(app)
    await batch.make.click()
    await expect(notices(app).getByText('3 klimakontrakter er lagret som Klimakontrakter 03.06.2027.pdf og 3 filer per virksomhet.')).toBeVisible()

    const merged = await extractText(new Uint8Array(readFileSync(path.join(host.documentsFolder, 'Klimakontrakter 03.06.2027.pdf'))))
    const firstPages = merged.pages.map((p, i) => [p, i] as const).filter(([p]) => p.includes('Eksemplar 1 av 2 – Oslo kommune') && p.includes('Side 1 av'))
    expect(firstPages).toHaveLength(3)
    for (const name of names) {
      expect(merged.all).toContain(`Eksemplar 2 av 2 – ${name}`)
      expect(existsSync(path.join(host.documentsFolder, `Klimakontrakt ${name}.pdf`))).toBe(true)
    }
    const last = host.events.filter((e) => e.type === 'progress').at(-1)
    expect(last).toMatchObject({ done: 6, total: 6 })
  })

  test('the template editor refuses an unknown field by name; new contracts use the new version, old ones re-print as they were', async ({ app, host }) => {
    const data = seed()
    const org = await openOrganisation(app, data)
    const orgPage = OrganisationPage.path(data.organisations[0]!.id)
    const panel = org.contract
    const makeContract = async (name: string) => {
      host.answerSave(path.join(host.documentsFolder, name))
      await panel.makeContract({ commissioner: 'Marit Vea' })
      await expect(notices(app).getByText(`Klimakontrakten er lagret som ${name}.`)).toBeVisible()
    }
    const pdfText = async (file: string) => (await extractText(new Uint8Array(readFileSync(file)))).all
    await makeContract('foerste.pdf')
    expect(await pdfText(path.join(host.documentsFolder, 'foerste.pdf'))).toContain('1. Bakgrunn og formål')

    const settings = new SettingsPage(app)
    await settings.open()
    const editor = settings.template
    await expect(editor.body).toHaveValue(/# 1\. Bakgrunn og formål/)
    await editor.adoptText('# Avtale\nVi i {{virksomhet.navn}} lover alt. Kontakt {{virksomhet.epost}}.')
    await expect(editor.error('Ukjent felt: {{virksomhet.epost}}')).toBeVisible()
    await editor.adoptText('# Avtale\nVi i {{virksomhet.navn}} lover å kutte utslipp.')
    await expect(notices(app).getByText('Kontraktmalen er lagret som versjon 2.')).toBeVisible()
    await app.screenshot({ path: 'test-results/screens/contract-template.png', fullPage: true })
    await expectAccessible(app)

    await app.goto(orgPage)
    await makeContract('andre.pdf')
    expect(await pdfText(path.join(host.documentsFolder, 'andre.pdf'))).toContain(`Vi i ${SAMI} lover å kutte utslipp.`)

    const { history } = panel
    await expect(history.getByText('Versjon 2')).toBeVisible()
    host.answerSave(path.join(host.documentsFolder, 'kopi.pdf'))
    await panel.reprint(panel.row('Versjon 1')).click()
    await expect(notices(app).getByText('Kopien av klimakontrakten er lagret som kopi.pdf.')).toBeVisible()
    const reprinted = await pdfText(path.join(host.documentsFolder, 'kopi.pdf'))
    expect(reprinted).toContain('1. Bakgrunn og formål')
    expect(reprinted).not.toContain('lover å kutte utslipp')
    await expect(history.getByRole('row')).toHaveCount(3)

    await panel.remove(panel.row('Versjon 2')).click()
    await expect(history.getByRole('row')).toHaveCount(2)
    await undoButton(notice(app, 'Den usignerte kontrakten er fjernet fra historikken.')).click()
    await expect(history.getByRole('row')).toHaveCount(3)
  })

  test('the host renders in the built worker thread, as Electron does', async () => {
    const workerFile = path.resolve('out/main/pdf-worker.js')
    expect(existsSync(workerFile)).toBe(true)
    const fallbacks: string[] = []
    const output = await runPdfJob('contracts', { contracts: [sampleContract()], merged: true, separate: false }, { workerFile, onFallback: (r) => fallbacks.push(r) })
    expect(fallbacks).toEqual([])
    expect((await extractText(output.merged!)).all).toContain(`Eksemplar 2 av 2 – ${SAMI}`)
  })
})
