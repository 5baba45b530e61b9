import { describe, expect, it } from 'vitest'
import { fontMetrics } from '../../../../electron/main/pdf'
import { isPrintable, unprintableCharacters, unprintableMessage } from '../../../../electron/shared/pdf-charset'

describe('the printable character set shared with input fields', () => {
  it('is exactly what both embedded fonts can draw (regenerate with scripts/gen-pdf-charset.mjs)', () => {
    const regular = fontMetrics('regular').characters
    const bold = fontMetrics('bold').characters
    for (const codePoint of new Set([...regular, ...bold])) {
      expect(isPrintable(codePoint), `U+${codePoint.toString(16)}`).toBe(regular.has(codePoint) && bold.has(codePoint))
    }
    for (const codePoint of [0x1f331, 0x6f22, 0xfffd, 0xe000]) expect(isPrintable(codePoint)).toBe(regular.has(codePoint) && bold.has(codePoint))
  })

  it('accepts Norwegian, Sami and Polish letters', () => {
    expect(unprintableCharacters('Ærlig Østfold Åsane – Čáhppes Đuoddar ŋŧž šž – Łódź Świętokrzyskie żółć')).toEqual([])
  })

  it('names each character it refuses, once', () => {
    expect(unprintableCharacters('Grønn 🌱 AS 🌱 漢')).toEqual(['🌱', '漢'])
    expect(unprintableMessage('Grønn 🌱 AS')).toBe('Teksten inneholder tegn som ikke kan skrives ut i PDF: «🌱» (U+1F331). Fjern eller bytt dem ut.')
    expect(unprintableMessage('Grønn AS')).toBeNull()
  })
})
