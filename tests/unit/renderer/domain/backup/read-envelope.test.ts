import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeEnvelope, FORMAT_NAME, MAX_IMPORT_BYTES, serializeEnvelope, serializeEnvelopeInSlices, type Row } from '../../../../../renderer/domain/backup/envelope'
import { importRefusal } from '../../../../../renderer/domain/backup/problems'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { isUuid } from '../../../../../renderer/domain/backup/row-schemas'
import { organisation } from './seed'
import { baseExport, problemOf } from './base-export'

const exported = baseExport('1.2.3')

const text = (s: string) => new TextEncoder().encode(s)
const json = (value: unknown) => text(JSON.stringify(value))

afterEach(() => vi.restoreAllMocks())

/** The base export as plain JSON (bytes as base64), its head changed. */
const head = (change: Row) => json({ ...(JSON.parse(new TextDecoder().decode(encodeEnvelope(exported.base))) as Row), ...change })

/** A file of format 1 (data under `tables`). */
function v1(extra: Row = {}) {
  return json({ format: FORMAT_NAME, version: 1, exportedAt: '2026-11-28T10:00:00.000Z', tables: { organisations: [organisation('Gammel AS')] }, ...extra })
}

/** The message for the base export with the first row of a table changed. */
async function refused(table: string, change: Row) {
  const rows = structuredClone(exported.base.data[table] as Row[])
  rows[0] = { ...rows[0], ...change }
  return (await problemOf(encodeEnvelope({ ...exported.base, data: { ...exported.base.data, [table]: rows } }))).message
}

describe('the file head', () => {
  it('calls anything without the format name another program’s file', async () => {
    for (const other of ['null', '0', '""', '"nfk-sekretariat-eksport"', '[1,2]', '{"format":"annet"}', '5']) {
      expect(await problemOf(text(other)), other).toEqual({ code: 'foreign', message: 'Filen er ikke en eksportfil fra NFK Sekretariat (den er laget av et annet program).' })
    }
  })

  it('wants a whole format number from 1', async () => {
    for (const version of ['2', 1.5, 0, -1, null, undefined]) {
      expect(await problemOf(head({ version })), String(version)).toEqual({ code: 'invalid-envelope', message: 'Filen mangler et gyldig formatversjonsnummer.' })
    }
    expect((await problemOf(head({ version: 3 }))).message).toBe(
      'Filen er laget av en nyere versjon av programmet (format 3; dette programmet kjenner 2). Oppdater programmet og prøv igjen.',
    )
  })

  it('refuses bad bytes in the head as a damaged file', async () => {
    expect(await problemOf(head({ extra: { $bytes: '***' } }))).toEqual({ code: 'invalid-envelope', message: 'Filens hode, felt «extra»: filinnholdet er ikke gyldig base64.', field: 'extra' })
  })

  it('needs data, a real export id and a real export time', async () => {
    expect(await problemOf(head({ data: null }))).toEqual({ code: 'invalid-envelope', message: 'Filen mangler dataene (feltet «data»).' })
    expect(await problemOf(head({ data: [] }))).toMatchObject({ message: 'Filen mangler dataene (feltet «data»).' })
    expect(await problemOf(head({ exportId: 'x' }))).toMatchObject({ message: 'Filen mangler en gyldig eksport-id.' })
    expect(await problemOf(head({ exportedAt: 5 }))).toMatchObject({ message: 'Filen mangler et gyldig eksporttidspunkt.' })
  })

  it('fills in a missing or odd program version and install id, and keeps good ones', async () => {
    const odd = await readExportFile(head({ appVersion: 5, installId: 7 }))
    expect(odd.ok && [odd.envelope.appVersion, odd.envelope.installId, odd.upgradedFrom]).toEqual(['ukjent', '', null])
    const good = await readExportFile(encodeEnvelope(exported.base))
    expect(good.ok && [good.envelope.appVersion, good.envelope.installId]).toEqual(['1.2.3', exported.base.installId])
  })

  it('reads counts as a check only where the file has them', async () => {
    const { sectors: _dropped, ...counts } = exported.base.counts
    const result = await readExportFile(head({ counts }))
    expect(result.ok).toBe(true)
    expect(await problemOf(head({ counts: { ...exported.base.counts, sectors: 2 } }))).toEqual({
      code: 'invalid-envelope',
      table: 'sectors',
      message: 'Tabell «sectors» skal ha 2 rader, men har 1. Filen er skadet.',
    })
  })

  it('names the refusal of a file larger than the limit, and lets one exactly at it through to parsing', async () => {
    const at = new Uint8Array(4)
    Object.defineProperty(at, 'byteLength', { value: MAX_IMPORT_BYTES })
    expect((await problemOf(at)).code).toBe('not-json')
    const over = new Uint8Array(4)
    Object.defineProperty(over, 'byteLength', { value: MAX_IMPORT_BYTES + 1 })
    expect(await problemOf(over)).toEqual({ code: 'too-large', message: 'Filen er for stor (over 512 MB).' })
  })

  it('tells a file cut off while copying from text that is no JSON', async () => {
    const full = new TextDecoder().decode(encodeEnvelope(exported.base))
    expect((await problemOf(text(`\n  ${full.slice(0, 300)}`))).code).toBe('truncated')
    expect((await problemOf(text('{"format": 1,}'))).code).toBe('not-json')
    expect((await problemOf(text('  {"a": [1, 2}  '))).code).toBe('not-json')
  })
})

describe('format 1, the first drafts', () => {

  it('is upgraded with an export id taken from its time, the same each time, and no install id', async () => {
    const result = await readExportFile(v1())
    expect(result.ok && result.envelope).toMatchObject({ exportId: '20261128-1000-4000-8000-000000000000', installId: '', appVersion: 'ukjent', version: 2, counts: {} })
    expect(result.ok && result.upgradedFrom).toBe(1)
    const withVersion = await readExportFile(v1({ appVersion: '0.1' }))
    expect(withVersion.ok && withVersion.envelope.appVersion).toBe('0.1')
  })

  it('needs its tables and a time', async () => {
    expect(await problemOf(v1({ tables: null }))).toMatchObject({ message: 'Filen mangler dataene (feltet «data»).' })
    expect(await problemOf(v1({ exportedAt: 5 }))).toMatchObject({ message: 'Filen mangler et gyldig eksporttidspunkt.' })
    expect(await problemOf(v1({ tables: { organisations: null } }))).toMatchObject({ message: 'Tabell «organisations» er ikke en liste.' })
  })

  it('checks its rows as rows, not as part of the head', async () => {
    let deep: Row = { leaf: 1 }
    for (let i = 1; i < 31; i++) deep = { a: deep }
    const result = await readExportFile(v1({ tables: { organisations: [organisation('Dyp AS', { notes2: deep })] } }))
    expect(result.ok).toBe(true)
  })
})

describe('rows', () => {
  it('names a duplicate id in Norwegian', async () => {
    const org = exported.base.data.organisations?.[0] as Row
    const twice = { ...exported.base, data: { ...exported.base.data, organisations: [org, org] }, counts: { ...exported.base.counts, organisations: 2 } }
    expect(await problemOf(encodeEnvelope(twice))).toEqual({
      code: 'duplicate-id',
      table: 'organisations',
      row: 2,
      field: 'id',
      message: `Tabell «organisations», rad 2, felt «id»: id ${String(org.id)} finnes to ganger.`,
    })
  })

  it('knows a UUID when it sees one, from end to end', () => {
    expect(isUuid('00000000-0000-4000-8000-00000000000A')).toBe(true)
    for (const bad of ['x00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001x', '00000000-0000-4000-8000-00000000001', 5, null]) expect(isUuid(bad), String(bad)).toBe(false)
  })

  it('says in Norwegian what a bad id, time, date or file content is', async () => {
    expect(await refused('sectors', { id: 'x' })).toBe('Tabell «sectors», rad 1, felt «id»: må være en UUID.')
    expect(await refused('sectors', { createdAt: 'x' })).toBe('Tabell «sectors», rad 1, felt «createdAt»: må være et tidspunkt som finnes, i UTC (ÅÅÅÅ-MM-DDTtt:mm:ss.sssZ).')
    expect(await refused('events', { date: 'x' })).toBe('Tabell «events», rad 1, felt «date»: må være en dato som finnes (ÅÅÅÅ-MM-DD).')
    expect(await refused('attachments', { bytes: 'x' })).toBe('Tabell «attachments», rad 1, felt «bytes»: må være filinnhold.')
  })
})

describe('progress while reading', () => {
  it('tells how far it has come every 2,000 rows, and gives the window a turn before parsing', async () => {
    const many = Array.from({ length: 4_001 }, (_, i) => ({ ...(exported.base.data.sectors?.[0] as Row), id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }))
    const file = { ...exported.base, data: { ...exported.base.data, sectors: many }, counts: { ...exported.base.counts, sectors: many.length } }
    const total = Object.values(file.data).reduce((sum, rows) => sum + rows.length, 0)
    const seen: [number, number, string][] = []
    let turned = false
    setTimeout(() => (turned = true), 0)
    const result = await readExportFile(encodeEnvelope(file), (done, all, label) => seen.push([done, all, `${label}${turned ? '' : ' (før)'}`]))
    expect(result.ok).toBe(true)
    expect(seen).toEqual([
      [0, 1, 'Leser filen (før)'],
      [2_000, total, 'Kontrollerer radene'],
      [4_000, total, 'Kontrollerer radene'],
      [total, total, 'Kontrollerer radene'],
    ])
  })

  it('logs a slip in the reader under its own name', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await readExportFile(encodeEnvelope(exported.base), () => {
      throw new Error('boom')
    })
    expect(logged).toHaveBeenCalledWith('readExportFile', expect.any(Error))
  })
})

describe('writing in slices', () => {
  it('gives the same text as in one go for tables longer than a slice and empty ones, with progress per slice', async () => {
    const many = Array.from({ length: 5_001 }, (_, i) => ({ id: `id-${i}`, n: i }))
    const envelope = { ...exported.base, data: { big: many, empty: [] as Row[] }, counts: {} }
    const seen: [number, number][] = []
    expect(await serializeEnvelopeInSlices(envelope, (done, total) => seen.push([done, total]))).toBe(serializeEnvelope(envelope))
    expect(seen).toEqual([
      [5_000, 5_001],
      [5_001, 5_001],
    ])
  })
})

describe('a refusal at the write', () => {
  it('carries the first problem as its message, or a plain one', () => {
    expect(importRefusal([]).message).toBe('Importen ble stoppet.')
    const problems = [{ code: 'bad-reference', message: 'Første.' }, { code: 'bad-reference', message: 'Andre.' }] as const
    expect(importRefusal(problems)).toEqual({ ok: false, error: 'refused', message: 'Første.', problems })
  })
})
