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
import { emptiedCopyEntry, type EmptiedBy } from '../../domain/backup/emptied-copy-entry'

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

/** Chains are flattened by sync; the bound only guards against a broken row. */
const MAX_CHAIN = 50

/**
 * Organisations merged into an organisation emptied (issue 16): emptying the trash empties the
 * duplicates joined into the organisation with it (trash-repo `copiesOf`), so one merged on a laptop
 * that had not heard of the emptying, or emptied where the merge had not arrived, is emptied with it
 * on the laptop that sees the two together: the same ledger line (dated by the survivor's emptying),
 * and the same blanked row and anonymised history as the local order (merge, then empty) leaves.
 * Found in the story of the random search's seed 1701361281: «KLIMA AS ble slått sammen med Klima
 * AS …» stayed on every laptop, with KLIMA AS's name and note (merged-into-emptied.test.ts).
 *
 * Adds the lines to `ledger` and the rows to `rows`, before the erasure step empties what the ledger
 * names; returns the ids added, each with the emptied organisation its chain ends at, whose emptying
 * is this laptop's own change and travels (publishDerivedErasures), as for people moved into an
 * emptied organisation.
 */
export async function emptyMergedIntoEmptied(d: ReturnType<typeof db>, rows: Map<string, Row | null>, ledger: Ledger, erasedBefore: ReadonlySet<string>): Promise<Map<string, string>> {
  const added = new Map<string, string>()
  const emptied = (id: string) => ledger.get(id)?.table === 'organisations'
  const newly = [...ledger.values()].some((e) => e.table === 'organisations' && !erasedBefore.has(e.id))
  const candidates = new Map<string, Row>()
  for (const [key, row] of rows) if (row && key.startsWith('organisations|') && typeof row.mergedInto === 'string') candidates.set(String(row.id), row)
  // Merged into an organisation emptied in this apply: stored here, untouched by the apply's files.
  const stored = newly ? ((await d.organisations.filter((o) => typeof o.mergedInto === 'string' && !o.erasedAt).toArray()) as Row[]) : []
  for (const row of stored) if (!rows.has(`organisations|${String(row.id)}`)) candidates.set(String(row.id), row)
  const rowOf = async (id: string): Promise<Row | null> => candidates.get(id) ?? rows.get(`organisations|${id}`) ?? (((await d.organisations.get(id)) as Row | undefined) ?? null)
  for (const [id, row] of candidates) {
    if (ledger.has(id) || row.erasedAt) continue
    // The record the chain ends at (a broken row's cycle only stops it).
    let to = row.mergedInto as string
    for (let i = 0; i < MAX_CHAIN && !emptied(to); i++) {
      const next = (await rowOf(to))?.mergedInto
      if (typeof next !== 'string' || next === id) break
      to = next
    }
    const survivor = ledger.get(to)
    if (survivor?.table !== 'organisations') continue
    ledger.set(id, { id, table: 'organisations', erasedAt: survivor.erasedAt })
    rows.set(`organisations|${id}`, row)
    added.set(id, to)
  }
  return added
}

/**
 * The history entry emptying the trash writes about each duplicate it empties with its survivor
 * («En virksomhet ble slettet for godt …», emptied-copy-entry.ts), for the duplicates
 * `emptyMergedIntoEmptied` emptied here (`copies`: each with the emptied organisation its chain ends
 * at). Without it such a duplicate's history never said what became of it. Each laptop that sees the
 * two together writes it, as its own change (`derived`: it travels, publishDerivedErasures): the
 * same row with the same content everywhere (its id follows from the duplicate's, its time from the
 * ledger line, its author from the survivor's own entry), so every laptop ends with one.
 */
export async function recordEmptiedCopies(d: ReturnType<typeof db>, rows: Map<string, Row | null>, ledger: Ledger, copies: ReadonlyMap<string, string>, derived: Derived): Promise<void> {
  for (const [id, survivor] of copies) {
    // The survivor may be a duplicate emptied just before in this loop: its entry is in `rows` by now.
    const entry = emptiedCopyEntry(id, (ledger.get(id) as LedgerEntry).erasedAt, await emptiedBy(d, rows, survivor))
    const key = `auditLog|${entry.id}`
    rows.set(key, entry)
    // Not written as applied: only as this laptop's change, so its messages go out (publishDerivedErasures).
    derived.rows.set(key, entry)
  }
}

/**
 * Who emptied organisation `id`, from its own emptying entry (stored, or arriving in this apply): the
 * earliest, so two laptops that hold the same entries choose alike; nobody when none is known.
 */
async function emptiedBy(d: ReturnType<typeof db>, rows: ReadonlyMap<string, Row | null>, id: string): Promise<EmptiedBy> {
  const entries = new Map<string, Row>()
  for (const e of (await d.auditLog.where('[table+entityId]').equals(['organisations', id]).toArray()) as Row[]) entries.set(String(e.id), e)
  for (const [key, e] of rows) if (e && key.startsWith('auditLog|') && e.table === 'organisations' && e.entityId === id) entries.set(String(e.id), e)
  const own = [...entries.values()].filter((e) => e.action === 'erase').sort((a, b) => String(a.at).localeCompare(String(b.at)) || String(a.id).localeCompare(String(b.id)))[0]
  return { userName: typeof own?.userName === 'string' ? own.userName : '', installId: typeof own?.installId === 'string' ? own.installId : '' }
}
