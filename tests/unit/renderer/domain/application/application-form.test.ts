import { describe, expect, it } from 'vitest'
import { applicationFormImporter } from '../../../../../renderer/domain/import/application-form-importer'
import { IMPORTERS, pickImporter } from '../../../../../renderer/domain/import'
import { guessFormMapping, rememberedOrGuessedForm, sampleValues, sharedColumns, FORM_FIELDS } from '../../../../../renderer/domain/application/form-fields'
import { postalPlaceOf } from '../../../../../renderer/domain/application/postal'
import { applicationFormCsv, FORM_HEADER, FORM_ROWS, utf8WithBom, windows1252 } from '../../../../fixtures/application-form'
import { buildDrafts } from '../../../../../renderer/domain/application/form-rows'

const file = (bytes: Uint8Array, name = 'soknader.csv') => ({ name, bytes })

async function readMapped(bytes: Uint8Array) {
  const raw = await applicationFormImporter.read(file(bytes))
  if (!raw.ok) throw new Error(raw.detail)
  return applicationFormImporter.map(raw.data)
}

const measures = 'Hvilke tiltak har dere gjennomført eller planlagt for å kutte utslipp?'

describe('reading the application-form export', () => {
  it.each([
    ['UTF-8 with BOM', utf8WithBom(applicationFormCsv())],
    ['Windows-1252', windows1252(applicationFormCsv())],
  ])('keeps all 21 columns and every row from %s, with ;, quotes and line breaks inside answers', async (_name, bytes) => {
    const { table, drafts } = await readMapped(bytes)
    expect(table.header).toEqual([...FORM_HEADER])
    expect(table.header).toHaveLength(21)
    expect(drafts).toHaveLength(FORM_ROWS.length)
    const solstrand = drafts.find((d) => d.name === 'Solstrand Eiendom AS')!
    expect(solstrand.measures).toBe('Byttet til elbiler; kjøper "grønn" strøm.\nNeste steg: varmepumpe i alle bygg.')
    expect(solstrand.answers.find((a) => a.question === measures)?.answer).toBe(solstrand.measures)
    expect(solstrand.answers).toHaveLength(21)
    expect(drafts.find((d) => d.name === 'Sandvika Bygg og Anlegg AS')?.leader?.name).toBe('Per Øverby')
  })

  it('is chosen by detect for the form, while a plain register sheet and a JSON export go elsewhere', () => {
    expect(pickImporter(IMPORTERS, file(utf8WithBom(applicationFormCsv())))?.kind).toBe('application-form')
    expect(pickImporter(IMPORTERS, file(windows1252(applicationFormCsv())))?.kind).toBe('application-form')
    expect(pickImporter(IMPORTERS, file(new TextEncoder().encode('Navn;Orgnr\nA AS;123\n'), 'register.csv'))?.kind).toBe('spreadsheet')
    expect(pickImporter(IMPORTERS, file(new TextEncoder().encode('{"format":"x"}'), 'eksport.json'))?.kind).toBe('json-export')
  })

  it('takes the application date from the finish time, not the start time or the import day', async () => {
    const { drafts } = await readMapped(utf8WithBom(applicationFormCsv()))
    const sandvika = drafts.find((d) => d.formId === '102')!
    expect(sandvika.date).toBe('2026-11-05')
    expect(sandvika.submittedAt).toBe('2026-11-05T14:05:51')
    expect(sandvika.startedAt).toBe('2026-11-05T13:40:00')
  })

  it('reads the partner as a partner and the rest as members', async () => {
    const { drafts } = await readMapped(utf8WithBom(applicationFormCsv()))
    expect(drafts.filter((d) => d.tier === 'partner').map((d) => d.name)).toEqual(['Sandvika Bygg og Anlegg AS'])
  })

  it('fills the postal place from the postcode, and leaves the municipality to the form or the reviewer', async () => {
    const { drafts } = await readMapped(utf8WithBom(applicationFormCsv()))
    const byCode = Object.fromEntries(drafts.map((d) => [d.postalCode, [d.postalPlace, d.municipality]]))
    expect(byCode['1366']).toEqual(['Lysaker', ''])
    expect(byCode['1337']).toEqual(['Sandvika', ''])
    expect(byCode['2000']).toEqual(['Lillestrøm', ''])
    const withColumn = await readMapped(utf8WithBom(applicationFormCsv({ municipality: { Lysaker: 'Bærum', Sandvika: 'Bærum', Lillestrøm: 'Lillestrøm' } })))
    expect(withColumn.drafts.find((d) => d.postalCode === '1366')?.municipality).toBe('Bærum')
    expect(withColumn.table.header).toHaveLength(22)
  })

  it('knows postal places from the kept postcode dataset, offline', () => {
    expect(postalPlaceOf('0150')).toBe('Oslo')
    expect(postalPlaceOf('1450')).toBe('Nesoddtangen')
    expect(postalPlaceOf('9999')).toBeNull()
    expect(postalPlaceOf('12')).toBeNull()
  })
})

describe('the guessed mapping', () => {
  const mapping = guessFormMapping(FORM_HEADER)
  const column = (key: (typeof FORM_FIELDS)[number]['key']) => FORM_HEADER[mapping[key]]

  it('reads the whole header: the top leader’s e-mail and title are never the contact’s', () => {
    expect(column('leaderEmail')).toBe('Toppleders e-post')
    expect(column('contactEmail')).toBe('Klimakontaktens e-post')
    expect(column('leaderTitle')).toBe('Toppleders tittel')
    expect(column('contactTitle')).toBe('Klimakontaktens tittel')
    expect(column('leaderName')).toBe('Toppleders navn')
    expect(column('contactName')).toBe('Klimakontaktens navn')
    expect(column('name')).toBe('Virksomhetens navn')
  })

  it('maps every one of the 21 columns, each to one field', () => {
    const used = FORM_FIELDS.map((f) => mapping[f.key]).filter((c) => c >= 0)
    expect(new Set(used).size).toBe(21)
    expect(column('tier')).toBe('Ønsker å bli')
    expect(column('formId')).toBe('Skjema-ID')
    expect(column('climateAccounts')).toBe('Har dere klimaregnskap?')
    expect(column('submittedAt')).toBe('Fullføringstid')
    expect(mapping.municipality).toBe(-1)
  })

  it('maps the same header in another order the same way, and leaves a contact-only file’s leader fields empty', () => {
    const reversed = [...FORM_HEADER].toReversed()
    const again = guessFormMapping(reversed)
    expect(reversed[again.leaderEmail]).toBe('Toppleders e-post')
    const contactOnly = guessFormMapping(['Navn', 'Kontaktperson', 'E-post kontaktperson', 'Tittel kontaktperson'])
    expect(contactOnly.leaderEmail).toBe(-1)
    expect(contactOnly.leaderTitle).toBe(-1)
    expect(contactOnly.contactEmail).toBe(2)
  })

  it('keeps a remembered choice that still fits the file, and names two fields the user put on one column', () => {
    const remembered = rememberedOrGuessedForm(FORM_HEADER, { contactPhone: -1, measures: 99 })
    expect(remembered.contactPhone).toBe(-1)
    expect(FORM_HEADER[remembered.measures]).toBe(measures)
    expect(sharedColumns({ ...mapping, contactEmail: mapping.leaderEmail })).toEqual([['leaderEmail', 'contactEmail']])
    expect(sharedColumns(mapping)).toEqual([])
  })

  it('shows two sample values beside a field', () => {
    const rows = FORM_ROWS.map((r) => FORM_HEADER.map((h) => r[h]))
    expect(sampleValues(rows, mapping.leaderEmail)).toEqual(['kari.solberg@solstrand.no', 'per.overby@sandvikabygg.no'])
    expect(sampleValues(rows, -1)).toEqual([])
  })
})

describe('the printable check at import', () => {
  const rowWith = (change: Partial<Record<(typeof FORM_HEADER)[number], string>>) => {
    const row = { ...FORM_ROWS[0]!, ...change }
    return buildDrafts(FORM_HEADER, [FORM_HEADER.map((h) => row[h])], guessFormMapping(FORM_HEADER))[0]!
  }

  it('passes the fixture whole: line breaks, quotes and Norwegian and Sami letters are printable', async () => {
    const { drafts } = await readMapped(utf8WithBom(applicationFormCsv()))
    expect(drafts.flatMap((d) => [...d.problems, ...d.warnings])).toEqual([])
    expect(rowWith({ 'Toppleders navn': 'Áile Ŋuolla' }).problems).toEqual([])
  })

  it('names a character the PDF font lacks: refused in a name, a warning in free text kept as given', () => {
    const leader = rowWith({ 'Toppleders navn': 'Kari 🌱 Solberg' })
    expect(leader.problems).toEqual(['Toppleder: Tegnet «🌱» (U+1F331) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.'])
    const measures = rowWith({ 'Hvilke tiltak har dere gjennomført eller planlagt for å kutte utslipp?': 'Solceller ☀︎\nog 🌍-vennlig drift' })
    expect(measures.problems).toEqual([])
    expect(measures.warnings.join(' ')).toContain('«🌍» (U+1F30D)')
    expect(measures.measures).toContain('🌍')
  })

  it('refuses at import a postal place or municipality the contract’s address could not print', () => {
    // An unknown postcode keeps the form's postal place, which then goes on the contract as given.
    const place = rowWith({ 'Postnummer': '9999', 'Poststed': 'Sandvika 🌱' })
    expect(place.postalPlace).toBe('Sandvika 🌱')
    expect(place.problems).toEqual(['Poststedet: Tegnet «🌱» (U+1F331) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.'])
    // A known postcode's place comes from the dataset, so the form's spelling cannot reach the PDF.
    expect(rowWith({ 'Poststed': 'Lysaker 🌱' }).problems).toEqual([])
    const [municipality] = buildDrafts([...FORM_HEADER, 'Kommune'], [[...FORM_HEADER.map((h) => FORM_ROWS[0]![h]), 'Bærum 🌱']], guessFormMapping([...FORM_HEADER, 'Kommune']))
    expect(municipality!.municipality).toBe('Bærum 🌱')
    expect(municipality!.problems).toEqual(['Kommunen: Tegnet «🌱» (U+1F331) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.'])
  })
})

