/**
 * `.xlsx` through write-excel-file: every text cell is written as a string, so postal codes like
 * 0150 and phone numbers like +47 22 00 00 00 keep their leading zero and plus; dates are real
 * Excel dates shown dd.mm.yyyy; numbers stay numbers.
 *
 *   const bytes = await toXlsx(['Navn', 'Postnr.', 'Signert'], [['Bølgen AS', '0150', xlsxDate('2026-11-28')]])
 *   await desktop().saveFile({ suggestedName: 'virksomheter.xlsx', kind: 'xlsx', bytes })
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal'

/** A date-only value (`YYYY-MM-DD`) to be written as an Excel date. */
export type XlsxDate = { date: string }
export type XlsxCell = string | number | null | undefined | XlsxDate

export const xlsxDate = (value: string | null | undefined): XlsxCell => (value ? { date: value } : null)

function toCell(value: XlsxCell): Cell {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number') return { value, type: Number }
  if (typeof value === 'string') return { value, type: String }
  const [y, m, d] = value.date.split('-').map(Number)
  return { value: new Date(Date.UTC(y!, m! - 1, d!)), type: Date, format: 'dd.mm.yyyy' }
}

export async function toXlsx(headers: string[], rows: XlsxCell[][], sheet = 'Ark1'): Promise<Uint8Array<ArrayBuffer>> {
  const data: SheetData = [
    headers.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(toCell)),
  ]
  const columns = headers.map((h, i) => ({
    width: Math.min(50, Math.max(h.length, ...rows.slice(0, 200).map((r) => cellWidth(r[i]))) + 2),
  }))
  const blob = await writeXlsxFile(data, { sheet, columns, stickyRowsCount: 1 }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}

function cellWidth(value: XlsxCell): number {
  if (value === null || value === undefined) return 0
  if (typeof value === 'object') return 10
  return String(value).length
}
