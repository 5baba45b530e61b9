import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvCell, formatDate, toCsv, toCsvText } from '../../../../../renderer/lib/export/csv'

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

describe('toCsv for Norwegian Excel', () => {
  it('starts with a UTF-8 byte-order mark and separates cells with ; and lines with CRLF', () => {
    const bytes = toCsv(['Navn', 'Poststed'], [['Bølgen & Moi AS', 'Tromsø']])
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(decode(bytes)).toBe('\uFEFFNavn;Poststed\r\nBølgen & Moi AS;Tromsø\r\n')
  })

  it('quotes cells holding ; quotes or line breaks so they read back unchanged', () => {
    const rows = [['Nord; Sør', 'Han sa "hei"', 'linje 1\nlinje 2']]
    const text = toCsvText(['a', 'b', 'c'], rows)
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' })
    expect(parsed.data[1]).toEqual(rows[0])
  })

  it('neutralises cells Excel would run as formulas', () => {
    const text = toCsvText(['x'], [['=HYPERLINK("http://x")'], ['+47 22 00 00 00'], ['-1+2'], ['@SUM(A1)'], ['vanlig']])
    const cells = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data.slice(1, 6).map((r) => r[0])
    expect(cells).toEqual(["'=HYPERLINK(\"http://x\")", "'+47 22 00 00 00", "'-1+2", "'@SUM(A1)", 'vanlig'])
  })

  it('neutralises a formula hidden behind spaces, NBSP, zero-width marks or written with full-width signs', () => {
    const hidden = [
      ' =1+1',
      '\u00A0=HYPERLINK("http://x")',
      '\u200B+47',
      '\u200D\u2060-2',
      '\uFEFF@SUM(A1)',
      '\u202E=1',
      '\u3000 =1',
      '\uFF1D1+1',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20SUM(A1)',
      '\u00A0\uFF1D1',
      '\t=1',
      '\r=1',
      '\tvanlig',
    ]
    for (const cell of hidden) expect(csvCell(cell), JSON.stringify(cell)).toMatch(/^"?'/)
    // Text that merely contains these signs later, or starts with other invisible text, stays as it is.
    for (const cell of ['Bølgen = Moi', ' vanlig', '\u00A0Oslo', '\u200Babc', '1+1', 'a@b.no']) expect(csvCell(cell), JSON.stringify(cell)).toBe(cell)
  })

  it('writes dates as dd.mm.åååå, numbers with a decimal comma, and empty cells for null', () => {
    const text = toCsvText(['Signert', 'Beløp', 'Tom'], [[formatDate('2026-11-28'), 12.5, null]])
    expect(text).toContain('28.11.2026;12,5;\r\n')
  })
})
