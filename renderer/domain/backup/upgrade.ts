/**
 * Older export formats, upgraded on read. Append a step for every format change; never edit one.
 * Version 1 (the first drafts) called the data `tables`, had no export id, install id or counts.
 */
import { FORMAT_NAME, FORMAT_VERSION, type Envelope, type Row, type TableData } from './envelope'
import { isUuid } from './row-schemas'
import { isUtcTimestamp } from './timestamps'

type Upgraded = { envelope: Envelope } | { problem: string }

function isTableData(value: unknown): value is TableData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fromVersion1(head: Row): Row {
  const { tables, ...rest } = head
  const data = isTableData(tables) ? tables : {}
  const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, Array.isArray(rows) ? rows.length : 0]))
  // A stable id derived from nothing random: a v1 file read twice is the same export.
  const stamp = typeof head.exportedAt === 'string' ? head.exportedAt : ''
  const digits = Array.from(stamp.replace(/\D/g, '').padEnd(32, '0').slice(0, 32)).join('')
  const exportId = `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-8${digits.slice(17, 20)}-${digits.slice(20, 32)}`
  return { ...rest, version: 2, exportId, installId: '', appVersion: rest.appVersion ?? 'ukjent', counts, data: tables }
}

/** The step that reads each format version into the next one. */
const STEPS: Readonly<Record<number, (head: Row) => Row>> = { 1: fromVersion1 }

export function upgradeEnvelope(head: Row, version: number): Upgraded {
  let current = head
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = Object.hasOwn(STEPS, v) ? STEPS[v] : undefined
    if (!step) return { problem: `Formatversjon ${v} kan ikke leses.` }
    current = step(current)
  }
  if (!isTableData(current.data)) return { problem: 'Filen mangler dataene (feltet «data»).' }
  if (!isUuid(current.exportId)) return { problem: 'Filen mangler en gyldig eksport-id.' }
  if (!isUtcTimestamp(current.exportedAt)) return { problem: 'Filen mangler et gyldig eksporttidspunkt.' }
  const counts = isTableData(current.counts) ? (current.counts as unknown as Record<string, number>) : {}
  return {
    envelope: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      exportId: String(current.exportId),
      exportedAt: String(current.exportedAt),
      appVersion: typeof current.appVersion === 'string' ? current.appVersion : 'ukjent',
      installId: typeof current.installId === 'string' ? current.installId : '',
      counts,
      data: current.data,
    },
  }
}
