import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { organisation, person, seed } from './events-seed'
import { DataPage } from './pages/data-page'

test('Data exports the member list for the website with public fields only, never a person', async ({ app, host }) => {
  await openApp(app)
  const partner = { ...organisation('Čáhcegáttis Ŋuorra AS', 'partner'), signedDate: '2024-06-03', orgNumber: '910000020', notes: 'Intern merknad' }
  const member = { ...organisation('Bølgen Energi AS'), signedDate: '2026-03-10' }
  const applicant = { ...organisation('Søker Sørli AS'), status: 'soker' as const }
  const people = [
    person(partner, 'Máret Nuolja', 'maret@cuovga.no', ['toppleder']),
    person(member, 'Åse Ødegård', 'ase@bolgen.no', ['klimakontakt']),
    person(applicant, 'Sigurd Søker', 'sigurd@sorli.no'),
  ]
  await seed(app, { organisations: [partner, member, applicant], people })
  const data = new DataPage(app, host)
  await data.open()
  await expect(data.export.publicMemberList).toBeVisible()
  await expectAccessible(app)
  await data.export.region.screenshot({ path: 'test-results/public-member-list.png' })

  await data.export.publicMemberList.click()
  await expect(notices(app).getByText('Lagret nfk-medlemsliste-nettside-2026-11-28.csv.')).toBeVisible()
  const text = readFileSync(`${host.documentsFolder}/nfk-medlemsliste-nettside-2026-11-28.csv`, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data
  expect(rows).toEqual([
    ['Virksomhet', 'Medlem eller partner', 'Signert år'],
    ['Bølgen Energi AS', 'Medlem', '2026'],
    ['Čáhcegáttis Ŋuorra AS', 'Partner', '2024'],
  ])
  for (const p of people) {
    expect(text).not.toContain(p.name)
    expect(text).not.toContain(p.email)
  }
  expect(text).not.toContain('@')
  expect(text).not.toContain('910000020')
  expect(text).not.toContain('Intern merknad')
})
