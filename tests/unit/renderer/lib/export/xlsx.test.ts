import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { toXlsx, xlsxDate } from '../../../../../renderer/lib/export/xlsx'

/** The sheet's cells as the workbook stores them: shared strings resolved, with their type. */
function readCells(bytes: Uint8Array): { ref: string; type: string | null; text: string }[] {
  const files = unzipSync(bytes)
  const shared = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si>.*?<t[^>]*>(.*?)<\/t>.*?<\/si>/gs)].map((m) => m[1]!)
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map((m) => {
    const type = /t="(\w+)"/.exec(m[2]!)?.[1] ?? null
    const raw = /<v>(.*?)<\/v>/.exec(m[3] ?? '')?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(m[3] ?? '')?.[1] ?? ''
    return { ref: m[1]!, type, text: type === 's' ? shared[Number(raw)]! : raw }
  })
}

describe('toXlsx', () => {
  it('keeps postal code 0150 and phone +47 as text, and dates and numbers as values', async () => {
    const bytes = await toXlsx(
      ['Navn', 'Postnr.', 'Telefon', 'Signert', 'Ansatte'],
      [['Čáhcegáttis Ŋuorra AS', '0150', '+47 22 00 00 00', xlsxDate('2026-11-28'), 42]],
    )
    const cells = readCells(bytes)
    const byRef = Object.fromEntries(cells.map((c) => [c.ref, c]))
    expect(byRef.A1?.text).toBe('Navn')
    expect(byRef.A2?.text).toBe('Čáhcegáttis Ŋuorra AS')
    expect(byRef.B2).toMatchObject({ text: '0150' })
    expect(['s', 'str', 'inlineStr']).toContain(byRef.B2?.type)
    expect(byRef.C2).toMatchObject({ text: '+47 22 00 00 00' })
    expect(['s', 'str', 'inlineStr']).toContain(byRef.C2?.type)
    // Excel's serial for 28.11.2026 is 46354
    expect(byRef.D2).toMatchObject({ type: null, text: '46354' })
    expect(byRef.E2).toMatchObject({ type: null, text: '42' })
  })

  it('writes text that looks like a formula as a plain string cell, never as a formula', async () => {
    const risky = ['=HYPERLINK("http://x")', ' =1+1', '\u00A0=1', '\u200B+47', '\uFF1D1+1', '\uFF20SUM(A1)', '-1+2', '@SUM(A1)']
    const bytes = await toXlsx(['Notat'], risky.map((text) => [text]))
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
    expect(sheet).not.toMatch(/<f[ >]/)
    const cells = readCells(bytes).filter((c) => c.ref !== 'A1')
    for (const cell of cells) expect(['s', 'str', 'inlineStr']).toContain(cell.type)
    expect(cells.map((c) => c.text.replace(/&quot;/g, '"'))).toEqual(risky)
  })
})
