import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { describeInspectProblem, inspectValue, MAX_DEPTH, MAX_STRING_LENGTH } from '../../../../../renderer/domain/backup/inspect'
import { fieldLabel, place } from '../../../../../renderer/domain/backup/problems'
import { instant, isRealDate, isUtcTimestamp, looksLikeTimestamp, toUtcTimestamp } from '../../../../../renderer/domain/backup/timestamps'
import { norwegianIssue } from '../../../../../renderer/domain/backup/zod-messages'

function message(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { error: norwegianIssue })
  return result.success ? 'ok' : result.error.issues[0]?.message
}

describe('real calendar dates', () => {
  it('knows leap years, month lengths and the years a date may name', () => {
    const real = ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '0001-01-01', '9999-12-31', '2026-02-28']
    const unreal = ['2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '0000-01-01', '0000-00-00', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00:00Z']
    for (const d of real) expect(isRealDate(d), d).toBe(true)
    for (const d of unreal) expect(isRealDate(d), d).toBe(false)
  })
})

describe('timestamps', () => {
  it('converts any offset to UTC as toISOString writes it, fractions included', () => {
    expect(toUtcTimestamp('2026-11-28T10:00:00.000Z')).toBe('2026-11-28T10:00:00.000Z')
    expect(toUtcTimestamp('2026-11-28T10:00:00Z')).toBe('2026-11-28T10:00:00.000Z')
    expect(toUtcTimestamp('2026-11-28T12:00:00+02:00')).toBe('2026-11-28T10:00:00.000Z')
    expect(toUtcTimestamp('2026-11-28T04:30:00-05:30')).toBe('2026-11-28T10:00:00.000Z')
    expect(toUtcTimestamp('2026-11-28T00:30:00+01:00')).toBe('2026-11-27T23:30:00.000Z')
    expect(toUtcTimestamp('2026-11-28T10:00:00.5Z')).toBe('2026-11-28T10:00:00.500Z')
    expect(toUtcTimestamp('2026-11-28T10:00:00.123456789Z')).toBe('2026-11-28T10:00:00.123Z')
    expect(toUtcTimestamp('2026-11-28T23:59:59.999+23:59')).toBe('2026-11-28T00:00:59.999Z')
    expect(toUtcTimestamp('0050-06-01T00:00:00Z')).toBe('0050-06-01T00:00:00.000Z')
    expect(toUtcTimestamp('9999-12-31T23:00:00-00:59')).toBe('9999-12-31T23:59:00.000Z')
    expect(toUtcTimestamp('0001-01-01T01:00:00+01:00')).toBe('0001-01-01T00:00:00.000Z')
  })

  it('refuses stamps that name no real instant or no year a timestamp may have', () => {
    const bad = [
      '2026-02-30T10:00:00Z',
      '2026-11-28T24:00:00Z',
      '2026-11-28T10:60:00Z',
      '2026-11-28T10:00:60Z',
      '2026-11-28T10:00:00+24:00',
      '2026-11-28T10:00:00+01:60',
      '2026-11-28T10:00:00',
      '2026-11-28 10:00:00Z',
      '2026-11-28T10:00Z',
      '2026-11-28T10:00:00.Z',
      '2026-11-28T10:00:00.1234567890Z',
      '2026-11-28T10:00:00+0100',
      '0001-01-01T00:30:00+01:00',
      '0000-06-01T00:00:00Z',
      '2026-06-00T10:00:00Z',
      '9999-12-31T23:30:00-01:00',
      'x2026-11-28T10:00:00Z',
    ]
    for (const t of bad) expect(toUtcTimestamp(t), t).toBeNull()
  })

  it('calls only the written form a UTC timestamp', () => {
    expect(isUtcTimestamp('2026-11-28T10:00:00.000Z')).toBe(true)
    expect(isUtcTimestamp('2026-11-28T10:00:00Z')).toBe(false)
    expect(isUtcTimestamp('2026-11-28T11:00:00.000+01:00')).toBe(false)
    expect(isUtcTimestamp(1_764_324_000_000)).toBe(false)
    expect(isUtcTimestamp(null)).toBe(false)
  })

  it('looks closer only at strings shaped like a timestamp', () => {
    expect(looksLikeTimestamp('2026-11-28T10:00:00Z')).toBe(true)
    expect(looksLikeTimestamp('2026-11-28T10:00:00.123456789+01:00')).toBe(true)
    expect(looksLikeTimestamp('2026-11-28T10:00:0Z')).toBe(false)
    expect(looksLikeTimestamp('2026-11-28T10:00:00.1234567890+01:00')).toBe(false)
    expect(looksLikeTimestamp('2026-11-28 10:00:00.000Z')).toBe(false)
    expect(looksLikeTimestamp('2026/11-28T10:00:00.000Z')).toBe(false)
  })

  it('compares as milliseconds, with nothing readable oldest of all', () => {
    expect(instant('2026-11-28T12:00:00+02:00')).toBe(instant('2026-11-28T10:00:00.000Z'))
    expect(instant('2026-11-28T10:00:00.000Z')).toBe(Date.UTC(2026, 10, 28, 10))
    expect(instant('nei')).toBe(Number.NEGATIVE_INFINITY)
    expect(instant(undefined)).toBe(Number.NEGATIVE_INFINITY)
    expect(instant(1_000)).toBe(Number.NEGATIVE_INFINITY)
  })
})

describe('the first look at a row', () => {
  it('changes the row in place: bytes back, timestamps to UTC, everything else as it was', () => {
    const row = {
      at: '2026-11-28T12:00:00+02:00',
      list: ['2026-11-28T12:00:00+02:00', 'tekst', 3, true, null],
      file: { $bytes: 'AQID' },
      notBytes: { $bytes: 'AQID', name: 'x' },
      wrong: '2026-02-30T10:00:00Z',
      date: '2026-11-28',
    }
    const result = inspectValue(row)
    expect(result).toEqual({ ok: true, value: row })
    expect(row).toEqual({
      at: '2026-11-28T10:00:00.000Z',
      list: ['2026-11-28T10:00:00.000Z', 'tekst', 3, true, null],
      file: new Uint8Array([1, 2, 3]),
      notBytes: { $bytes: 'AQID', name: 'x' },
      wrong: '2026-02-30T10:00:00Z',
      date: '2026-11-28',
    })
  })

  it('finds poisoned keys anywhere, with their path', () => {
    expect(inspectValue({ a: [{ b: 1 }, JSON.parse('{"__proto__":{}}')] })).toEqual({ ok: false, kind: 'forbidden-key', path: ['a', '1', '__proto__'] })
    expect(inspectValue({ constructor: 1 })).toMatchObject({ kind: 'forbidden-key', path: ['constructor'] })
    expect(inspectValue({ x: { prototype: 1 } })).toMatchObject({ kind: 'forbidden-key', path: ['x', 'prototype'] })
  })

  it('refuses bytes that are not base64, by length or by letter', () => {
    expect(inspectValue({ f: { $bytes: 'AQI' } })).toEqual({ ok: false, kind: 'bad-bytes', path: ['f'] })
    expect(inspectValue({ f: { $bytes: 'AQ!D' } })).toMatchObject({ kind: 'bad-bytes' })
    expect(inspectValue({ f: { $bytes: 'AQ==' } })).toEqual({ ok: true, value: { f: new Uint8Array([1]) } })
  })

  it('counts depth in lists as in objects, and measures text and keys', () => {
    let list: unknown = []
    for (let i = 1; i < MAX_DEPTH; i++) list = [list]
    expect(inspectValue(list).ok).toBe(true)
    expect(inspectValue([list])).toMatchObject({ ok: false, kind: 'too-deep', path: Array.from({ length: MAX_DEPTH }, () => '0') })
    expect(inspectValue('x'.repeat(MAX_STRING_LENGTH + 1))).toEqual({ ok: false, kind: 'too-long', path: [], length: MAX_STRING_LENGTH + 1 })
    expect(inspectValue({ a: { ['k'.repeat(MAX_STRING_LENGTH + 1)]: 1 } })).toEqual({ ok: false, kind: 'too-long', path: ['a'], length: MAX_STRING_LENGTH + 1 })
    expect(inspectValue({ a: ['x', { b: 'x'.repeat(MAX_STRING_LENGTH + 1) }] })).toMatchObject({ kind: 'too-long', path: ['a', '1', 'b'] })
  })

  it('says each problem in Norwegian', () => {
    expect(describeInspectProblem({ kind: 'forbidden-key', path: ['a', '__proto__'] })).toBe('ulovlig nøkkel «__proto__»')
    expect(describeInspectProblem({ kind: 'too-deep', path: [] })).toBe(`er nøstet for dypt (mer enn ${MAX_DEPTH} nivåer)`)
    expect(describeInspectProblem({ kind: 'too-long', path: [], length: 12 })).toBe(`teksten er for lang (12 tegn; grensen er ${MAX_STRING_LENGTH})`)
    expect(describeInspectProblem({ kind: 'bad-bytes', path: [] })).toBe('filinnholdet er ikke gyldig base64')
  })
})

describe('places and zod’s issues in Norwegian', () => {
  it('names table, row and field, shortening deep paths', () => {
    expect(place('people')).toBe('Tabell «people»')
    expect(place('people', 3)).toBe('Tabell «people», rad 3')
    expect(place('people', 3, 'name')).toBe('Tabell «people», rad 3, felt «name»')
    expect(fieldLabel(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a.b.c.d.e.f')
    expect(fieldLabel(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a.b.c.….f.g')
  })

  it('translates every kind of issue', () => {
    expect(message(z.object({ a: z.string() }), {})).toBe('mangler')
    expect(message(z.string(), 1)).toBe('må være tekst')
    expect(message(z.number(), 'x')).toBe('må være et tall')
    expect(message(z.number().int(), 1.5)).toBe('må være et heltall')
    expect(message(z.boolean(), 1)).toBe('må være sann eller usann (true/false)')
    expect(message(z.array(z.string()), 1)).toBe('må være en liste')
    expect(message(z.object({}), 1)).toBe('må være et objekt')
    expect(message(z.null(), 1)).toBe('må være tom (null)')
    expect(message(z.bigint(), 1)).toBe('må være et heltall')
    expect(message(z.record(z.string(), z.string()), 5)).toBe('må være et objekt')
    expect(message(z.set(z.string()).min(1), new Set())).toBe('må ha minst 1 elementer')
    expect(message(z.date(), 1)).toBe('må være en annen type')
    expect(message(z.literal('app'), 'x')).toBe('må være «app»')
    expect(message(z.literal(3), 4)).toBe('må være 3')
    expect(message(z.enum(['a', 'b']), 'c')).toBe('må være én av «a», «b»')
    expect(message(z.number().min(1), 0)).toBe('må være minst 1')
    expect(message(z.number().max(20), 21)).toBe('må være høyst 20')
    expect(message(z.string().min(2), 'a')).toBe('må ha minst 2 tegn')
    expect(message(z.string().max(2), 'abc')).toBe('må ha høyst 2 tegn')
    expect(message(z.array(z.number()).min(1), [])).toBe('må ha minst 1 elementer')
    expect(message(z.array(z.number()).max(1), [1, 2])).toBe('må ha høyst 1 elementer')
    expect(message(z.number().multipleOf(5), 7)).toBe('må gå opp i 5')
    expect(message(z.strictObject({}), { a: 1, b: 2 })).toBe('har felt som ikke hører hjemme her (a, b)')
    expect(message(z.string().email(), 'x')).toBe('har en ugyldig verdi')
    expect(message(z.string().refine(() => false), 'x')).toBe('har en ugyldig verdi')
    expect(message(z.string().refine(() => false, 'egen tekst'), 'x')).toBe('egen tekst')
  })
})
