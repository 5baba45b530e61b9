/**
 * A minimal CSV writer for Norwegian Excel (`;`, UTF-8 with BOM, CRLF). Local to events until the
 * shared `renderer/lib/export/csv.ts` lands; then this file goes.
 */
const needsQuotes = /[;"\r\n]/

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  // A leading =, +, - or @ would run as a formula in Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`
}

export const csvBytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text)

/** "Nettverksmøte 3. juni" → "nettverksmote-3-juni", for file names. */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
