import { describe, expect, it } from 'vitest'
import { checkEnvelope } from '../../../../electron/main/backups/envelope-check'
import { envelopeText, LAPTOP_A } from './envelopes'

const bytes = (text: string) => new TextEncoder().encode(text)
const withHead = (change: Record<string, unknown>) => bytes(JSON.stringify({ ...JSON.parse(envelopeText(2)), ...change }))
const problem = (b: Uint8Array) => {
  const result = checkEnvelope(b)
  return result.ok ? null : result.problem
}

describe("main's check of an export file", () => {
  it('reads the id, time, laptop and counts of a whole export', () => {
    expect(checkEnvelope(bytes(envelopeText(2)))).toEqual({
      ok: true,
      summary: { exportId: '11111111-2222-4333-8444-555555555555', exportedAt: '2026-11-28T10:00:00.000Z', installId: LAPTOP_A, counts: { organisations: 2, people: 0 } },
    })
  })

  it('takes a file without a laptop, which older versions wrote, with an empty install id', () => {
    const result = checkEnvelope(bytes(envelopeText(1, null)))
    expect(result.ok && result.summary.installId).toBe('')
    const numeric = checkEnvelope(withHead({ installId: 7 }))
    expect(numeric.ok && numeric.summary.installId).toBe('')
  })

  it('says in Norwegian what is wrong with a file that is not a whole export', () => {
    expect(problem(bytes(envelopeText(2).slice(0, -20)))).toBe('filen er ikke gyldig JSON')
    expect(problem(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('filen er ikke gyldig JSON')
    // A broken byte inside a text value: JSON on its own would take it as a replacement character.
    const text = envelopeText(1)
    const at = text.indexOf('"0"') + 1
    const broken = new Uint8Array([...bytes(text.slice(0, at)), 0xff, ...bytes(text.slice(at + 1))])
    expect(problem(broken)).toBe('filen er ikke gyldig JSON')
    expect(problem(bytes('[]'))).toBe('filen er ikke en eksportfil')
    expect(problem(bytes('null'))).toBe('filen er ikke en eksportfil')
    expect(problem(bytes('"tekst"'))).toBe('filen er ikke en eksportfil')
    expect(problem(withHead({ format: 'noe-annet' }))).toBe('filen er ikke en eksportfil')
    expect(problem(withHead({ version: '2' }))).toBe('formatversjonen mangler')
    expect(problem(withHead({ exportId: 1 }))).toBe('eksport-id eller tidspunkt mangler')
    expect(problem(withHead({ exportedAt: null }))).toBe('eksport-id eller tidspunkt mangler')
    expect(problem(withHead({ data: null }))).toBe('dataene mangler')
    expect(problem(withHead({ data: 'x' }))).toBe('dataene mangler')
    expect(problem(withHead({ counts: null }))).toBe('dataene mangler')
    expect(problem(withHead({ counts: 3 }))).toBe('dataene mangler')
    expect(problem(withHead({ data: { organisations: {} }, counts: { organisations: 0 } }))).toBe('tabellen organisations er ikke en liste')
    expect(problem(withHead({ counts: { organisations: 3, people: 0 } }))).toBe('tabellen organisations har feil antall rader')
    expect(problem(withHead({ counts: { organisations: 2 } }))).toBe('tabellen people har feil antall rader')
  })
})
