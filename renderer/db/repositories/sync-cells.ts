/**
 * Where each cell's winning stamp is kept (issue 16). A change made or applied here is one
 * `syncCells` record per cell. A laptop that joins from a snapshot would write over a million of
 * those (one per field of every row): more than ten times the rows themselves, which made joining
 * many times slower than an import. So the cells a join brings go in blocks instead: one record per
 * join chunk (`~base|<first cell>`, holding every cell of the chunk up to `last`), in the same
 * `syncCells` store (no new index). Blocks never overlap and are written once; a later change to a
 * cell is an ordinary record, which shadows the block's entry (it is always newer).
 */
import type { EntityTable } from 'dexie'
import { stableText } from '../../domain/sync/fields'
import type { SyncCell } from '../../domain/sync/records'

type Cells = EntityTable<SyncCell, 'id'>

export const BLOCK_PREFIX = '~base|'

/** A block of cells a join brought: stamps by cell key, and each stamp's laptop by its node id. */
export type CellBlock = SyncCell & { last: string; cells: Record<string, string>; laptops: Record<string, string> }

export const isBlock = (c: SyncCell): c is CellBlock => c.id.startsWith(BLOCK_PREFIX)

/** The cell as a block holds it, or undefined when the block does not. */
export function cellInBlock(block: CellBlock, key: string): SyncCell | undefined {
  const ts = block.cells[key]
  if (ts === undefined) return undefined
  return { id: key, ts, installId: block.laptops[ts.slice(-16)] ?? '' }
}

/** The block whose range holds this cell key, if any. */
export async function blockFor(cells: Cells, key: string): Promise<CellBlock | undefined> {
  const found = await cells.where('id').between(BLOCK_PREFIX, `${BLOCK_PREFIX}${key}`, true, true).last()
  return found && isBlock(found) && key <= found.last ? found : undefined
}

/** The blocks holding any cell key from `lower` to `upper`. */
export async function blocksBetween(cells: Cells, lower: string, upper: string): Promise<CellBlock[]> {
  const before = await blockFor(cells, lower)
  const within = (await cells.where('id').between(`${BLOCK_PREFIX}${lower}`, `${BLOCK_PREFIX}${upper}`, false, true).toArray()).filter(isBlock)
  return [...(before ? [before] : []), ...within.filter((b) => b.id !== before?.id)]
}

/** The last cell key any block covers ('' when there are none): a new block must start after it. */
export async function blocksEnd(cells: Cells): Promise<string> {
  const found = await cells.where('id').between(BLOCK_PREFIX, `${BLOCK_PREFIX}\uffff`, true, true).last()
  return found && isBlock(found) ? found.last : ''
}

/**
 * Reads cells by key: their own records, else the block that holds them. Keeps the blocks it read
 * (a transaction's worth), so looking up many cells of one block reads it once.
 */
export function cellReader(cells: Cells): (keys: readonly string[]) => Promise<(SyncCell | undefined)[]> {
  const blocks: CellBlock[] = []
  // Most laptops never joined from a snapshot: one look says there is no block to search.
  let none: boolean | null = null
  const inKnown = (key: string) => blocks.find((b) => b.id.slice(BLOCK_PREFIX.length) <= key && key <= b.last)
  return async (keys) => {
    const own = await cells.bulkGet([...keys])
    const out: (SyncCell | undefined)[] = []
    for (const [i, key] of keys.entries()) {
      const found = own[i]
      if (found) {
        out.push(found)
        continue
      }
      let block = inKnown(key)
      if (none === null) none = (await blocksEnd(cells)) === ''
      if (!block && !none) {
        block = await blockFor(cells, key)
        if (block) blocks.push(block)
      }
      out.push(block ? cellInBlock(block, key) : undefined)
    }
    return out
  }
}

/** The value the cell's winning message holds (the row's own when sync derived nothing from it). */
export const heldValue = (cell: SyncCell | null | undefined, current: unknown): unknown => (cell && cell.messageValue !== undefined ? cell.messageValue : current)

/** Keeps (or drops) the message's value beside the cell (`cells`: the caller's, written later): kept only when the row holds another. */
export function remember(ctx: { cells: Map<string, SyncCell | null> }, cell: SyncCell | null | undefined, held: unknown, now: unknown): void {
  if (!cell) return
  const want = stableText(now) === stableText(held) ? undefined : held
  if (stableText(want) === stableText(cell.messageValue)) return
  const { messageValue: _old, ...plain } = cell
  ctx.cells.set(cell.id, want === undefined ? plain : { ...plain, messageValue: want })
}
