/**
 * The export file's envelope: one definition for the renderer, which writes and reads exports, and
 * main, which checks every backup before it keeps it. A new format version appends an upgrade step
 * in renderer/domain/backup/upgrade.ts.
 */
export const FORMAT_NAME = 'nfk-sekretariat-eksport'
export const FORMAT_VERSION = 2

export type Row = Record<string, unknown>
export type TableData = Record<string, Row[]>

export type Envelope = {
  format: typeof FORMAT_NAME
  version: typeof FORMAT_VERSION
  exportId: string
  exportedAt: string
  appVersion: string
  installId: string
  counts: Record<string, number>
  data: TableData
}
