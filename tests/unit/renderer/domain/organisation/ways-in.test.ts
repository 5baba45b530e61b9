/**
 * One validation per entity: the editor, a backup file and a spreadsheet refuse the same names with
 * the same words. A name the PDF font cannot draw (李 is not in DejaVu Sans) is refused where it
 * enters, with the character named, not later when a contract is made from it.
 */
import { describe, expect, it } from 'vitest'
import { emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { buildEnvelope, encodeEnvelope, type Row } from '../../../../../renderer/domain/backup/envelope'
import { readExportFile, type ImportProblem } from '../../../../../renderer/domain/backup/read-file'
import { buildCandidates, tickedByDefault } from '../../../../../renderer/domain/backup/spreadsheet/candidates'
import { guessMapping } from '../../../../../renderer/domain/backup/spreadsheet/mapping'
import { validateOrganisation, validatePerson } from '../../../../../renderer/domain/organisation/validation'
import { baseRow, organisation, person } from '../backup/seed'

const CHARACTER = 'Tegnet «李» (U+674E) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.'

async function read(data: Record<string, Row[]>): Promise<ImportProblem | 'accepted'> {
  const envelope = buildEnvelope({ exportId: baseRow().id as string, exportedAt: '2026-11-28T10:00:00.000Z', appVersion: '1', installId: 'a' }, data)
  const result = await readExportFile(encodeEnvelope(envelope))
  return result.ok ? 'accepted' : result.problem
}

function sheet(...rows: string[][]) {
  const header = ['Virksomhet', 'Org.nr', 'Bransje', 'Kontaktperson', 'Tittel', 'E-post', 'Telefon']
  return buildCandidates(rows, guessMapping(header), 'register', [])
}

describe('the editor', () => {
  it('refuses an organisation or a person whose name or title the PDF font cannot draw, naming the character', () => {
    expect(validateOrganisation({ ...emptyOrganisationInput(), name: 'Li 李 AS' }).name).toBe(CHARACTER)
    expect(validatePerson({ name: 'Wei 李', title: '', email: '', phone: '', roles: ['toppleder'] }).name).toBe(CHARACTER)
    expect(validatePerson({ name: 'Wei', title: 'Leder 李', email: '', phone: '', roles: ['toppleder'] }).title).toBe(CHARACTER)
  })
})

describe('a backup file', () => {
  it('refuses an organisation whose name the PDF font cannot draw, at its table, row and field', async () => {
    const problem = await read({ organisations: [organisation('Čáhppes AS'), organisation('Li 李 AS')] })
    expect(problem).toMatchObject({ code: 'invalid-row', table: 'organisations', row: 2, field: 'name' })
    expect(problem).toHaveProperty('message', `Tabell «organisations», rad 2, felt «name»: ${CHARACTER}`)
  })

  it('refuses a person’s name or title and a sector the font cannot draw', async () => {
    const org = organisation('Čáhppes AS')
    expect(await read({ organisations: [org], people: [person(org.id as string, 'Wei 李')] })).toMatchObject({ table: 'people', field: 'name' })
    expect(await read({ organisations: [org], people: [person(org.id as string, 'Wei', { title: 'Leder 李' })] })).toMatchObject({ table: 'people', field: 'title' })
    expect(await read({ sectors: [{ ...baseRow(), name: 'Bygg 李' }] })).toMatchObject({ table: 'sectors', field: 'name' })
  })

  it('refuses a live organisation without a name, as the editor does, but takes an erased one, blank by design', async () => {
    const problem = await read({ organisations: [organisation('')] })
    expect(problem).toHaveProperty('message', 'Tabell «organisations», rad 1, felt «name»: Navn må fylles ut.')
    const erasedAt = '2026-11-01T10:00:00.000Z'
    const org = organisation('', { orgNumber: '', deletedAt: erasedAt, erasedAt })
    expect(await read({ organisations: [org], people: [person(org.id as string, '', { title: '', email: '', roles: [], deletedAt: erasedAt, erasedAt })] })).toBe('accepted')
  })

  it('takes Sami, Norwegian and accented names the font has', async () => {
    const org = organisation('Ođđa Ŋuolla & Ærlig Øl AS')
    expect(await read({ organisations: [org], people: [person(org.id as string, 'Áile Čáhppes', { title: 'Daglig leder' })] })).toBe('accepted')
  })
})

describe('a spreadsheet', () => {
  it('marks a row whose name the font cannot draw with the editor’s words, so it cannot be ticked', () => {
    const [row] = sheet(['Li 李 AS', '', '', '', '', '', ''])
    expect(row?.problems).toEqual([CHARACTER])
    expect(row && tickedByDefault(row)).toBe(false)
  })

  it('checks the sector and the contact person as the editor does, and says which', () => {
    const [sector, name, title, mail, phone, fine] = sheet(
      ['A AS', '', 'Bygg 李', '', '', '', ''],
      ['B AS', '', '', 'Wei 李', '', '', ''],
      ['C AS', '', '', 'Wei', 'Leder 李', '', ''],
      ['D AS', '', '', 'Wei', '', 'wei@', ''],
      ['E AS', '', '', 'Wei', '', '', 'ring meg'],
      ['F AS', '974760673', 'Bygg', 'Áile Čáhppes', 'Daglig leder', 'aile@example.no', '+47 23 48 00 00'],
    )
    expect(sector?.problems).toEqual([`Bransje: ${CHARACTER}`])
    expect(name?.problems).toEqual([`Kontaktperson: ${CHARACTER}`])
    expect(title?.problems).toEqual([`Kontaktperson: ${CHARACTER}`])
    expect(mail?.problems).toEqual(['Kontaktperson: E-postadressen ser ikke riktig ut (eksempel: navn@firma.no).'])
    expect(phone?.problems).toEqual(['Kontaktperson: Telefonnummeret kan bare ha sifre, mellomrom og + foran (eksempel: +47 23 48 00 00).'])
    expect(fine?.problems).toEqual([])
  })

  it('refuses a row without a name in the editor’s words', () => {
    expect(sheet(['', '974760673', '', '', '', '', ''])[0]?.problems).toEqual(['Navn må fylles ut.'])
  })
})
