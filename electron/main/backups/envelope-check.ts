/**
 * Main's own check of an export file before it writes one: it parses, is ours, and every table
 * holds as many rows as the envelope says. Row-level validation happens in the renderer on import.
 */
import { FORMAT_NAME } from '../../shared/export-envelope'

/** `installId` is the laptop that wrote the file; empty when the file does not say. */
export type EnvelopeSummary = { exportId: string; exportedAt: string; installId: string; counts: Record<string, number> }

export function checkEnvelope(bytes: Uint8Array): { ok: true; summary: EnvelopeSummary } | { ok: false; problem: string } {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, problem: 'filen er ikke gyldig JSON' }
  }
  // Object(): null, numbers and text have no `format`, so every non-object fails the next line.
  const head = Object(value) as Record<string, unknown>
  if (head.format !== FORMAT_NAME) return { ok: false, problem: 'filen er ikke en eksportfil' }
  if (typeof head.version !== 'number') return { ok: false, problem: 'formatversjonen mangler' }
  if (typeof head.exportId !== 'string' || typeof head.exportedAt !== 'string') return { ok: false, problem: 'eksport-id eller tidspunkt mangler' }
  const data = head.data
  const counts = head.counts
  if (!data || typeof data !== 'object' || !counts || typeof counts !== 'object') return { ok: false, problem: 'dataene mangler' }
  const actual: Record<string, number> = {}
  for (const [table, rows] of Object.entries(data)) {
    if (!Array.isArray(rows)) return { ok: false, problem: `tabellen ${table} er ikke en liste` }
    if ((counts as Record<string, unknown>)[table] !== rows.length) return { ok: false, problem: `tabellen ${table} har feil antall rader` }
    actual[table] = rows.length
  }
  const installId = typeof head.installId === 'string' ? head.installId : ''
  return { ok: true, summary: { exportId: head.exportId, exportedAt: head.exportedAt, installId, counts: actual } }
}
