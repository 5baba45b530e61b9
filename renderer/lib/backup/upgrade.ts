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

/** Format 1: the data was called `tables`; no export id, install id or counts (those of 2 are only a check). */
function fromVersion1(head: Row): Row {
  const { tables, ...rest } = head
  // A stable id derived from nothing random: a v1 file read twice is the same export.
  const stamp = typeof head.exportedAt === 'string' ? head.exportedAt : ''
  const digits = stamp.replace(/\D/g, '').padEnd(32, '0')
  const exportId = `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-8${digits.slice(17, 20)}-${digits.slice(20, 32)}`
  return { ...rest, version: 2, exportId, counts: {}, data: tables }
}

export function upgradeEnvelope(head: Row, version: number): Upgraded {
  // One step per older format, oldest first; a file passes through every step after its own.
  let current = head
  if (version <= 1) current = fromVersion1(current)
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
