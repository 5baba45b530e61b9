/**
 * Reads what the snapshot rule needs (domain/sync/snapshot-wait.ts): the answers of applications of
 * organisations with an erased person, who wrote each, the erasures' stamps and the file index. The
 * rule itself is pure; this only gathers, read only.
 */
import { fileIndex } from '../../domain/sync/causality'
import { cellKey } from '../../domain/sync/fields'
import { laptopsYetToEmpty, type Here, type HeldAnswers } from '../../domain/sync/snapshot-wait'
import { db } from '../db'
import { cellReader } from './sync-cells'

/**
 * The other laptops that may still have to empty answers naming someone erased, which this laptop
 * holds as they wrote them: a snapshot written now could carry the erased name into the folder.
 * Runs only when a snapshot is due (every 10,000 messages), so it reads every erasure of a person.
 */
export async function laptopsHoldingBackSnapshot(here: Here): Promise<string[]> {
  const d = db()
  return d.transaction('r', [d.erasures, d.people, d.applications, d.syncCells, d.syncFiles], async () => {
    const erased = await d.erasures.where('table').equals('people').primaryKeys()
    const read = cellReader(d.syncCells)
    const people = await d.people.bulkGet(erased)
    const lines = await read(erased.map((id) => cellKey('erasures', id, 'erasedAt')))
    const erasuresOf = new Map<string, HeldAnswers['erasures'][number][]>()
    people.forEach((p, i) => {
      const line = lines[i]
      // A ledger line for someone never held here (an import's) has no applications here to hold back.
      if (!p || !line) return
      erasuresOf.set(p.organisationId, [...(erasuresOf.get(p.organisationId) ?? []), { ts: line.ts, installId: line.installId }])
    })
    const applications = await d.applications.where('organisationId').anyOf([...erasuresOf.keys()]).toArray()
    const answers = await read(applications.map((a) => cellKey('applications', a.id, 'answers')))
    const held = applications.flatMap((a, i) => {
      const cell = answers[i]
      return cell ? [{ written: { ts: cell.ts, installId: cell.installId }, erasures: erasuresOf.get(a.organisationId) ?? [] }] : []
    })
    return [...laptopsYetToEmpty(fileIndex(await d.syncFiles.toArray()), here, held)]
  })
}
