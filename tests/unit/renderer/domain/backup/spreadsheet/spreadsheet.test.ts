import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../../renderer/db/db'
import { importSpreadsheetRows } from '../../../../../../renderer/db/repositories/backup-repo'
import { buildCandidates, tickedByDefault } from '../../../../../../renderer/domain/backup/spreadsheet/candidates'
import { guessMapping, rememberedOrGuessed } from '../../../../../../renderer/domain/backup/spreadsheet/mapping'
import { decodeText, detectDelimiter, readSpreadsheet } from '../../../../../../renderer/domain/backup/spreadsheet/read-table'
import { toXlsx, xlsxDate } from '../../../../../../renderer/lib/export/xlsx'
import { freshDatabase } from '../../../db-helpers'
import { orgNumber } from '../../../../../fixtures/application-form'

/** Windows-1252 as Norwegian Excel writes it: æ ø å are single bytes. */
function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 }
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)))
}

const REGISTER = 'Virksomhet;Org.nr;Nivå;Status;Signert;Kontaktperson;E-post\n' +
  'Bærum Bølgeenergi AS;974 760 673;Partner;Medlem;04.05.2025;Åse Ødegård;ase@example.no\n' +
  'Feil Nummer AS;974760674;Medlem;Medlem;;;\n' +
  'Bærum bølgeenergi as;;Medlem;Medlem;;;\n'

describe('reading spreadsheets', () => {
  it('reads Windows-1252 CSV with semicolons, as Norwegian Excel saves it', async () => {
    const table = await readSpreadsheet('register.csv', windows1252(REGISTER))
    expect(table.source).toBe('CSV (Windows-1252, skilt med «;»)')
    expect(table.header[2]).toBe('Nivå')
    expect(table.rows[0]?.[5]).toBe('Åse Ødegård')
  })

  it('reads UTF-8 with a byte-order mark and commas, quotes included', async () => {
    const text = '\uFEFFNavn,Org.nr\n"Sjø, Sand & Co AS",974760673\n'
    const table = await readSpreadsheet('soknader.csv', new TextEncoder().encode(text))
    expect(table.source).toContain('UTF-8')
    expect(table.rows).toEqual([['Sjø, Sand & Co AS', '974760673']])
    expect(decodeText(new TextEncoder().encode('Ørsted')).encoding).toBe('UTF-8')
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(',')
  })

  it('reads .xlsx, dates as dates and leading zeros kept', async () => {
    const bytes = await toXlsx(['Navn', 'Postnr.', 'Signert'], [['Čáhppes AS', '0150', xlsxDate('2026-11-28')]])
    const table = await readSpreadsheet('register.xlsx', bytes)
    expect(table.header).toEqual(['Navn', 'Postnr.', 'Signert'])
    expect(table.rows).toEqual([['Čáhppes AS', '0150', '2026-11-28']])
  })
})

describe('column mapping and preview rows', () => {
  it('guesses the columns from Norwegian headers and keeps a remembered choice that still fits', () => {
    const header = ['Virksomhet', 'Org.nr', 'Nivå', 'Status', 'Signert', 'Kontaktperson', 'E-post']
    const guessed = guessMapping(header)
    expect(guessed).toMatchObject({ name: 0, orgNumber: 1, tier: 2, status: 3, signedDate: 4, personName: 5, personEmail: 6, personPhone: -1 })
    expect(rememberedOrGuessed(header, { name: 5, orgNumber: 99 })).toMatchObject({ name: 5, orgNumber: 1 })
  })

  it('checks MOD11, warns about duplicates in the register and the file, and leaves doubtful rows unticked', async () => {
    const table = await readSpreadsheet('register.csv', windows1252(REGISTER))
    const rows = buildCandidates(table.rows, guessMapping(table.header), 'register', [{ name: 'Annen AS', orgNumber: '123456785' }])
    expect(rows[0]).toMatchObject({ line: 2, orgNumber: '974760673', tier: 'partner', status: 'medlem', signedDate: '2025-05-04', problems: [], duplicates: [] })
    expect(rows[0]?.person).toMatchObject({ name: 'Åse Ødegård', email: 'ase@example.no' })
    expect(rows[1]?.problems.join(' ')).toContain('kontrollsifferet stemmer ikke')
    expect(rows[2]?.duplicates).toEqual(['Samme navn som linje 2.'])
    expect(rows.map(tickedByDefault)).toEqual([true, false, false])

    const against = buildCandidates(table.rows, guessMapping(table.header), 'applications', [{ name: 'Bærum Bølgeenergi AS', orgNumber: '974760673' }])
    expect(against[0]?.duplicates[0]).toContain('Organisasjonsnummeret finnes allerede')
    expect(against[0]?.status).toBe('soker')
  })
})

describe('the app’s own words for the signed state, read back', () => {
  const header = ['Virksomhet', 'Nivå', 'Status']
  const read = (rows: string[][], columns = header) => buildCandidates(rows, guessMapping(columns), 'register', [])

  it('reads "Partner" and "Signert" in the status column as signed, the tier column deciding the tier', () => {
    const rows = read([['Aker AS', 'Partner', 'Partner'], ['Berg AS', 'Medlem', 'Signert'], ['Cirkel AS', 'Medlem', 'Medlem']])
    expect(rows.map((r) => [r.status, r.tier, r.problems])).toEqual([
      ['medlem', 'partner', []],
      ['medlem', 'medlem', []],
      ['medlem', 'medlem', []],
    ])
  })

  it('takes a status of "Partner" as the tier when the sheet has no tier column', () => {
    const rows = read([['Aker AS', 'Partner'], ['Berg AS', 'Medlem']], ['Virksomhet', 'Status'])
    expect(rows.map((r) => [r.status, r.tier])).toEqual([
      ['medlem', 'partner'],
      ['medlem', 'medlem'],
    ])
  })
})

describe('duplicates in a spreadsheet, by the one rule the application import and sync use', () => {
  const header = 'Virksomhet;Org.nr\n'
  const rowsOf = (csv: string, existing: { name: string; orgNumber: string }[]) => {
    const lines = csv.trim().split('\n').map((l) => l.split(';'))
    return buildCandidates(lines, guessMapping(header.trim().split(';')), 'register', existing)
  }

  it('knows a register organisation by its folded name, legal form and punctuation aside, when one has no number', () => {
    const rows = rowsOf(`SJØ OG SAND;\nSjø og Sand AS;${orgNumber('92345671')}\n`, [{ name: 'Sjø og Sand', orgNumber: '' }])
    expect(rows.map((r) => r.duplicates)).toEqual([
      ['Navnet finnes allerede (Sjø og Sand).'],
      ['Navnet finnes allerede (Sjø og Sand).', 'Samme navn som linje 2.'],
    ])
    expect(rows.map(tickedByDefault)).toEqual([false, false])
  })

  it('never calls two organisations with different numbers the same, whatever their names', () => {
    const rows = rowsOf(`Bølgen AS;${orgNumber('91234560')}\nBølgen AS;${orgNumber('92345671')}\n`, [{ name: 'Bølgen', orgNumber: orgNumber('93456780') }])
    expect(rows.map((r) => r.duplicates)).toEqual([[], []])
    expect(rows.map(tickedByDefault)).toEqual([true, true])
  })

  it('knows the same number written with spaces, in the register and earlier in the file', () => {
    const number = orgNumber('91234560')
    const spaced = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`
    const rows = rowsOf(`Nytt Navn AS;${spaced}\nTredje Navn AS;${number}\n`, [{ name: 'Gammelt Navn AS', orgNumber: number }])
    expect(rows[0]?.duplicates).toEqual(['Organisasjonsnummeret finnes allerede (Gammelt Navn AS).'])
    expect(rows[1]?.duplicates).toEqual(['Organisasjonsnummeret finnes allerede (Gammelt Navn AS).', 'Samme organisasjonsnummer som linje 2.'])
  })
})

describe('importing spreadsheet rows', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('adds organisations with status history and contact person in one go', async () => {
    const table = await readSpreadsheet('register.csv', windows1252(REGISTER))
    const [first] = buildCandidates(table.rows, guessMapping(table.header), 'register', [])
    await importSpreadsheetRows([first!], 'register', 'register.csv')
    const [org] = await db().organisations.toArray()
    expect(org).toMatchObject({ name: 'Bærum Bølgeenergi AS', status: 'medlem', signedDate: '2025-05-04', tier: 'partner' })
    expect(await db().statusEvents.where('organisationId').equals(org!.id).toArray()).toMatchObject([{ status: 'medlem', date: '2025-05-04' }])
    expect(await db().people.toArray()).toMatchObject([{ name: 'Åse Ødegård', organisationId: org!.id }])
    expect((await db().auditLog.toArray()).some((e) => e.summary.includes('importert fra register.csv'))).toBe(true)
  })
})
