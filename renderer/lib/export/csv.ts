/**
 * CSV for Norwegian Excel: `;` between cells, UTF-8 with a byte-order mark (so Excel reads æøå),
 * CRLF line ends, quotes where needed, and cells that Excel would read as a formula neutralised.
 * Dates: pass them through `formatDate` (dd.mm.åååå) before they get here.
 *
 *   const bytes = toCsv(['Navn', 'Signert'], [['Bølgen AS', formatDate('2026-11-28')]])
 *   await desktop().saveFile({ suggestedName: 'virksomheter.csv', kind: 'csv', bytes })
 */
export { formatDate } from '../dates'

export type CsvCell = string | number | null | undefined

const BOM = '\uFEFF'
/**
 * Text Excel or LibreOffice may run as a formula: `= + - @` (or their full-width forms ＝＋－＠, which
 * some spreadsheet programs fold to ASCII), also behind leading spaces, NBSP, zero-width or
 * direction marks that the user cannot see; and a leading tab or carriage return.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/** One cell as text: formula-like starts get a leading apostrophe; quotes when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value
  // A number is data, not a formula, even when negative; text that looks like a formula is not.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsvText(headers: string[], rows: CsvCell[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(';'))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** The bytes of a CSV file, ready for the `saveFile` channel (kind 'csv'). */
export function toCsv(headers: string[], rows: CsvCell[][]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(toCsvText(headers, rows))
}

/** The bytes of a CSV file from rows whose first row is the header. */
export function csvOfTable([headers = [], ...rows]: readonly string[][]): Uint8Array<ArrayBuffer> {
  return toCsv(headers, rows)
}

/** The bytes of CSV text made by `toCsvText`. */
export const csvBytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text)
