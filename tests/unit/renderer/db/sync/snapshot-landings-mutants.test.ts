/**
 * Landings carried in a snapshot (sync-snapshot-landings.ts): what a cell's landing becomes as a
 * message, and what a joining laptop keeps of such messages. The folder is untrusted input: a
 * malformed, redacted or stale landing is not kept. Found missing by mutation testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { LANDED_TABLE, type SyncMessage } from '../../../../../electron/shared/sync-message'
import { db } from '../../../../../renderer/db/db'
import { landedMessage, restoreLandings } from '../../../../../renderer/db/repositories/sync-snapshot-landings'
import type { SyncCell } from '../../../../../renderer/domain/sync/records'
import { freshDatabase } from '../../db-helpers'

const TS = '2027-01-10T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa'
const OWN_TS = '2027-01-09T10:00:00.000Z-0000-bbbbbbbbbbbbbbbb'
const cell = (field: string, over: Partial<SyncCell> = {}): SyncCell => ({ id: `organisations|a|${field}`, ts: TS, installId: 'kari', ...over })
const landing = { from: 'b', own: { value: 'Egen merknad', ts: OWN_TS, installId: 'kari' } }

/** A landing message as a snapshot file holds it (written as JSON, read back). */
const asRead = (m: SyncMessage): SyncMessage => JSON.parse(JSON.stringify(m)) as SyncMessage
const message = (row: string, value: unknown, over: Partial<SyncMessage> = {}): SyncMessage =>
  ({ table: LANDED_TABLE, row, field: 'landed', op: 'set', value, timestamp: TS, ...over }) as SyncMessage

describe('a landing in a snapshot', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('is a message of the landings table beside its cell, with the cell’s stamp, only for a cell that holds one', () => {
    expect(landedMessage(cell('notes'))).toBeNull()
    expect(landedMessage(cell('notes', { landed: landing }))).toEqual({
      table: LANDED_TABLE, row: 'organisations|a|notes', field: 'landed', op: 'set', timestamp: TS,
      value: { from: 'b', own: { value: 'Egen merknad', ts: OWN_TS, installId: 'kari' } },
    })
    expect(landedMessage(cell('notes', { landed: { from: 'b', own: null } }))?.value).toEqual({ from: 'b', own: null })
  })

  it('is kept on the joining laptop’s cell as it was sent, with or without the survivor’s own change', async () => {
    const cells = [cell('notes', { landed: landing }), cell('website', { landed: { from: 'c', own: null } })]
    await db().syncCells.bulkPut(cells.map(({ landed: _l, ...plain }) => plain))
    await restoreLandings(db().syncCells, cells.map((c) => asRead(landedMessage(c) as SyncMessage)))
    expect(await db().syncCells.bulkGet(cells.map((c) => c.id))).toEqual(cells)
  })

  it('is not kept on a cell that holds a newer change, nor where the cell is missing', async () => {
    const newer = cell('notes', { ts: '2027-01-11T10:00:00.000Z-0000-cccccccccccccccc' })
    await db().syncCells.put(newer)
    await restoreLandings(db().syncCells, [asRead(landedMessage(cell('notes', { landed: landing })) as SyncMessage), message('organisations|a|phone', landing)])
    expect(await db().syncCells.toArray()).toEqual([newer])
  })

  it('is ignored when malformed, redacted, of another table or not a set', async () => {
    await db().syncCells.put(cell('notes'))
    const row = cell('notes').id
    const bad: SyncMessage[] = [
      message(row, landing, { table: 'organisations' }),
      message(row, landing, { op: 'add' }),
      message(row, landing, { redacted: true }),
      message(row, null),
      message(row, 'b'),
      message(row, { own: null }),
      message(row, { from: 7, own: null }),
      message(row, { from: 'b' }),
      message(row, { from: 'b', own: 'Egen merknad' }),
      message(row, { from: 'b', own: { value: 'x', installId: 'kari' } }),
      message(row, { from: 'b', own: { value: 'x', ts: OWN_TS } }),
      message(row, { from: 'b', own: { value: 'x', ts: OWN_TS, installId: 5 } }),
    ]
    for (const m of bad) {
      await restoreLandings(db().syncCells, [m])
      expect(await db().syncCells.toArray(), JSON.stringify(m)).toEqual([cell('notes')])
    }
  })
})
