/**
 * A person merged into someone erased is the same person (the duplicate merge joined them): erased
 * with them, on every laptop (issue 16: an erasure wins over every edit, and erased values never stay
 * in the folder). Their own messages hold their name and e-mail; once they are in the ledger, the
 * laptop that wrote those redacts them like any erased row's.
 *
 * Which laptop sees the two together depends on arrival order (the erasure may reach a laptop before
 * or after the merge, or the merge be made where the erasure had not arrived), so the erasure made
 * here of this laptop's own accord travels as its own change (publishDerivedErasures), as for people
 * moved into an emptied organisation. The property test found it with person merges among its
 * commands (seed 384458582, path 42): Åse's duplicate, merged into her after she was erased, kept her
 * e-mail in the folder.
 *
 * Runs inside the apply's erasure step (sync-apply-repo.ts, enforceErasures) after the ledger's own
 * lines: the rows it erases join `rows` and `derived` like the others.
 */
import type { Row } from '../../domain/backup/envelope'
import { erasedPerson, tracesOf, type Ledger, type LedgerEntry } from '../../domain/backup/erasure-ledger'
import type { db } from '../db'

type Derived = { rows: Map<string, Row>; lines: LedgerEntry[] }

export async function eraseMergedIntoErased(d: ReturnType<typeof db>, rows: Map<string, Row | null>, dirty: Set<string>, ledger: Ledger, erasedBefore: ReadonlySet<string>, derived: Derived, traces: string[]): Promise<void> {
  const newly = new Set([...ledger.values()].filter((e) => e.table === 'people' && !erasedBefore.has(e.id)).map((e) => e.id))
  // Duplicates merged into someone erased in this apply (a merge into someone erased before arrives as a row of this apply).
  if (newly.size > 0) {
    for (const p of (await d.people.filter((x) => typeof x.mergedInto === 'string' && newly.has(x.mergedInto)).toArray()) as Row[]) {
      const key = `people|${String(p.id)}`
      if (!rows.has(key)) rows.set(key, p)
    }
  }
  for (const [key, row] of rows) {
    if (!row || !key.startsWith('people|') || typeof row.mergedInto !== 'string') continue
    const id = String(row.id)
    const survivor = ledger.get(row.mergedInto)
    if (ledger.has(id) || survivor?.table !== 'people') continue
    const line: LedgerEntry = { id, table: 'people', erasedAt: survivor.erasedAt }
    ledger.set(id, line)
    derived.lines.push(line)
    traces.push(...tracesOf(row))
    derived.rows.set(key, row)
    rows.set(key, erasedPerson(row, survivor.erasedAt))
    dirty.add(key)
  }
}
