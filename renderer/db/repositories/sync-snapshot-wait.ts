/**
 * Reads what the snapshot rule needs (domain/sync/snapshot-wait.ts): the answers of applications of
 * organisations with an erased person, who wrote each, the erasures' stamps and the file index. The
 * rule itself is pure; this only gathers, read only.
 */
import { fileIndex } from '../../domain/sync/causality'
import { cellKey } from '../../domain/sync/fields'
import type { SyncState } from '../../domain/sync/records'
import { laptopsYetToEmpty, type HeldAnswers } from '../../domain/sync/snapshot-wait'
import { db } from '../db'
import { cellReader } from './sync-cells'

/**
 * The other laptops that may still have to empty answers naming someone erased, which this laptop
 * holds as they wrote them: a snapshot written now could carry the erased name into the folder.
 */
export async function laptopsHoldingBackSnapshot(): Promise<string[]> {
  const d = db()
  return d.transaction('r', [d.syncState, d.erasures, d.people, d.applications, d.syncCells, d.syncFiles], async () => {
    const state = (await d.syncState.get('this')) as SyncState | undefined
    if (!state) return []
    const lines = await d.erasures.toArray()
    const erased = lines.filter((l) => l.table === 'people').map((l) => l.id)
    if (erased.length === 0) return []
    // An emptied organisation's answers are emptied whole on every laptop that has the emptying (erasure-ledger `emptiedApplication`).
    const emptied = new Set(lines.filter((l) => l.table === 'organisations').map((l) => l.id))
    const read = cellReader(d.syncCells)
    const people = await d.people.bulkGet(erased)
    const lineCells = await read(erased.map((id) => cellKey('erasures', id, 'erasedAt')))
    const erasuresOf = new Map<string, HeldAnswers['erasures'][number][]>()
    people.forEach((p, i) => {
      const cell = lineCells[i]
      if (!p || !cell || emptied.has(p.organisationId)) return
      erasuresOf.set(p.organisationId, [...(erasuresOf.get(p.organisationId) ?? []), { ts: cell.ts, installId: cell.installId }])
    })
    if (erasuresOf.size === 0) return []
    const applications = await d.applications.where('organisationId').anyOf([...erasuresOf.keys()]).toArray()
    const answers = await read(applications.map((a) => cellKey('applications', a.id, 'answers')))
    const held: HeldAnswers[] = applications.flatMap((a, i) => {
      const cell = answers[i]
      return cell ? [{ written: { ts: cell.ts, installId: cell.installId }, erasures: erasuresOf.get(a.organisationId) ?? [] }] : []
    })
    return [...laptopsYetToEmpty(fileIndex(await d.syncFiles.toArray()), { me: state.installId, cursors: state.cursors }, held)]
  })
}
