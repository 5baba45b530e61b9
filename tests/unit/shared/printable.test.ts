import { describe, expect, it } from 'vitest'
import { PDF_FONTS, printableRanges } from '../../../scripts/font-charset.mjs'
import { PRINTABLE_RANGES } from '../../../electron/shared/printable-ranges'
import { isPrintable, unsupportedCharacterMessage, unsupportedCharacters } from '../../../electron/shared/printable'

describe('the printable character table', () => {
  it('matches what both PDF fonts can draw today (run scripts/generate-printable.mjs if this fails)', () => {
    expect(PRINTABLE_RANGES).toEqual(printableRanges(PDF_FONTS))
  })

  it('covers Norwegian, Sami and common European names', () => {
    const names = 'Čáhcegáttis Ŋuorra AS, Øystein Ærø Åsen, Łódź, Đuoddar Ŧeaŋga, Müller-Lüdenscheidt, Françoise, Æsa Šimić'
    expect(unsupportedCharacters(names)).toEqual([])
    expect(unsupportedCharacterMessage(names)).toBeNull()
  })

  it('refuses characters the font lacks and names each once', () => {
    expect(unsupportedCharacters('李 Wei 李 AS')).toEqual(['李'])
    expect(unsupportedCharacterMessage('李 Wei')).toBe('Tegnet «李» (U+674E) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.')
    expect(unsupportedCharacterMessage('Nord\tSør 中')).toMatch(/^Tegnene U\+0009, «中» \(U\+4E2D\)/)
  })

  it('checks text in NFC, so a decomposed Č counts as the printable precomposed letter', () => {
    expect(isPrintable('Č'.codePointAt(0)!)).toBe(true)
    expect(unsupportedCharacters('C\u030Cáhce')).toEqual([])
  })
})
