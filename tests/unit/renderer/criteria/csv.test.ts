import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../../renderer/features/criteria/csv'

describe('CSV for Norwegian Excel', () => {
  it('separates with semicolons, ends lines with CRLF and starts with a BOM', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(toCsv([['Navn', 'Sted'], ['Ærlig AS', 'Bærum']]))
    expect(text).toBe('\uFEFFNavn;Sted\r\nÆrlig AS;Bærum\r\n')
  })

  it('quotes fields with separators, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('si "hei"')).toBe('"si ""hei"""')
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"')
  })

  it('keeps Excel from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('+47 22 00 00 00')).toBe("'+47 22 00 00 00")
    expect(csvCell(-5)).toBe('-5')
  })
})
