/**
 * CSV for Norwegian Excel: `;` between fields, CRLF lines, a BOM so æøå survive, quotes where
 * needed, and a leading apostrophe on cells Excel would run as a formula.
 */
const FORMULA = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): Uint8Array<ArrayBuffer> {
  const text = `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`
  return new Uint8Array(new TextEncoder().encode(text))
}
