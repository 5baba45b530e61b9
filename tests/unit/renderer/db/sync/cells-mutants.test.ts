/**
 * Where each cell's winning stamp is read from (sync-cells.ts): a cell's own record, else the join
 * block whose range holds it; the value a cell's winning message held; and, through two laptops,
 * that per field the latest clock wins while roles merge per element, and that an erasure leaves none
 * of the erased fields in the folder (fields.ts's ERASED_FIELDS). Blocks and cells are laid down
 * directly, as a join and an apply write them. Found missing by mutation testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { blockFor, blocksBetween, blocksEnd, cellInBlock, cellReader, heldValue, isBlock, remember, type CellBlock } from '../../../../../renderer/db/repositories/sync-cells'
import { setPipelineStatus } from '../../../../../renderer/db/repositories/status-events-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import type { SyncCell } from '../../../../../renderer/domain/sync/records'
import { freshDatabase, made } from '../../db-helpers'
import { on, sync, twoLaptops } from './memory-folder'

const NODE_A = 'aaaaaaaaaaaaaaaa'
const NODE_B = 'bbbbbbbbbbbbbbbb'
const ts = (n: number, node = NODE_A) => `2027-01-05T10:00:0${n}.000Z-0000-${node}`
const block = (first: string, last: string, cells: Record<string, string>): CellBlock => ({ id: `~base|${first}`, ts: '', installId: '', last, cells, laptops: { [NODE_A]: 'kari', [NODE_B]: 'ola' } })

const ids = async (lower: string, upper: string) => (await blocksBetween(db().syncCells, lower, upper)).map((x) => x.id)
/** Every assessment with this note. */
const noted = <T extends Record<string, { status: string; note: string }>>(a: T, note: string): T =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, { ...v, note }])) as T

describe('reading cells', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('finds a cell in the block whose range holds it, with the laptop of its stamp', async () => {
    await db().syncCells.bulkPut([
      block('a|1|name', 'a|3|name', { 'a|1|name': ts(1), 'a|3|name': ts(3, NODE_B) }),
      block('c|1|name', 'c|2|name', { 'c|1|name': ts(4), 'c|2|name': ts(5, 'cccccccccccccccc') }),
    ])
    const read = cellReader(db().syncCells)
    expect(await read(['a|1|name', 'a|3|name', 'a|2|name', 'b|1|name', 'c|2|name', 'd|1|name', '0|1|name'])).toEqual([
      { id: 'a|1|name', ts: ts(1), installId: 'kari' },
      { id: 'a|3|name', ts: ts(3, NODE_B), installId: 'ola' },
      // Inside the range but not in the block; between two blocks; a laptop the block does not name; after and before all blocks.
      undefined,
      undefined,
      { id: 'c|2|name', ts: ts(5, 'cccccccccccccccc'), installId: '' },
      undefined,
      undefined,
    ])
    // A reader that met the later block first still finds the earlier one's cells.
    expect(await cellReader(db().syncCells)(['c|1|name', 'a|1|name'])).toEqual([
      { id: 'c|1|name', ts: ts(4), installId: 'kari' },
      { id: 'a|1|name', ts: ts(1), installId: 'kari' },
    ])
  })

  it('prefers the cell’s own record, which a later change writes over the block’s entry', async () => {
    const own: SyncCell = { id: 'a|2|name', ts: ts(9, NODE_B), installId: 'ola', messageValue: 'Bygg AS' }
    await db().syncCells.bulkPut([block('a|1|name', 'a|3|name', { 'a|1|name': ts(1), 'a|2|name': ts(2) }), own])
    const read = cellReader(db().syncCells)
    expect(await read(['a|2|name', 'a|1|name'])).toEqual([own, { id: 'a|1|name', ts: ts(1), installId: 'kari' }])
    // Read again by the same reader (the block is kept): the same answers, also for a key it has not seen.
    expect(await read(['a|1|name', 'a|3|name', 'a|2|name'])).toEqual([{ id: 'a|1|name', ts: ts(1), installId: 'kari' }, undefined, own])
  })

  it('reads a block a second reader has not seen yet, and none when there are no blocks', async () => {
    const read = cellReader(db().syncCells)
    await db().syncCells.put({ id: 'z|1|name', ts: ts(1), installId: 'kari' })
    expect(await read(['a|1|name', 'z|1|name'])).toEqual([undefined, { id: 'z|1|name', ts: ts(1), installId: 'kari' }])
    expect(await blocksEnd(db().syncCells)).toBe('')
    await db().syncCells.put(block('b|1|name', 'b|9|name', { 'b|5|name': ts(5) }))
    expect(await cellReader(db().syncCells)(['b|5|name', 'b|4|name'])).toEqual([{ id: 'b|5|name', ts: ts(5), installId: 'kari' }, undefined])
    expect(await blocksEnd(db().syncCells)).toBe('b|9|name')
  })

  it('finds the block for a key, at both ends of its range, and none past its end', async () => {
    const a = block('a|1|name', 'a|3|name', { 'a|1|name': ts(1) })
    await db().syncCells.bulkPut([a, { id: 'a|2|zz', ts: ts(2), installId: 'kari' }])
    expect((await blockFor(db().syncCells, 'a|1|name'))?.id).toBe(a.id)
    expect((await blockFor(db().syncCells, 'a|3|name'))?.id).toBe(a.id)
    expect(await blockFor(db().syncCells, 'a|3|namf')).toBeUndefined()
    expect(await blockFor(db().syncCells, 'a|0|name')).toBeUndefined()
    expect(isBlock(a)).toBe(true)
    expect(isBlock({ id: 'a|2|zz', ts: ts(2), installId: 'kari' })).toBe(false)
    expect(cellInBlock(a, 'a|2|name')).toBeUndefined()
  })

  it('lists the blocks that hold any key of a range: the one it starts in and those within, once each', async () => {
    const a = block('a|1|name', 'a|3|name', { 'a|1|name': ts(1) })
    const b = block('a|4|name', 'a|6|name', { 'a|4|name': ts(4) })
    const c = block('a|7|name', 'a|9|name', { 'a|7|name': ts(7) })
    const d = block('b|1|name', 'b|2|name', { 'b|1|name': ts(1) })
    await db().syncCells.bulkPut([a, b, c, d, { id: 'a|5|name', ts: ts(5), installId: 'kari' }])
    expect(await ids('a|2|name', 'a|8|name')).toEqual([a.id, b.id, c.id])
    expect(await ids('a|4|name', 'a|5|name')).toEqual([b.id])
    expect(await ids('a|3|namf', 'a|4|name')).toEqual([b.id])
    expect(await ids('a|', 'a|\uffff')).toEqual([a.id, b.id, c.id])
    expect(await ids('c|', 'c|\uffff')).toEqual([])
  })
})

describe('the value a cell’s winning message held', () => {
  const cell: SyncCell = { id: 'people|p|title', ts: ts(1), installId: 'kari' }

  it('is the message’s when kept beside the cell, else the row’s', () => {
    expect(heldValue({ ...cell, messageValue: 'Leder' }, '')).toBe('Leder')
    expect(heldValue({ ...cell, messageValue: '' }, 'Leder')).toBe('')
    expect(heldValue(cell, 'Leder')).toBe('Leder')
    expect(heldValue(undefined, 'Leder')).toBe('Leder')
    expect(heldValue(null, 'Leder')).toBe('Leder')
  })

  it('is kept only while the row holds another value, and dropped when they agree again', () => {
    const ctx = { cells: new Map<string, SyncCell | null>() }
    remember(ctx, cell, 'Leder', '')
    expect(ctx.cells.get(cell.id)).toEqual({ ...cell, messageValue: 'Leder' })
    remember(ctx, { ...cell, messageValue: 'Leder' }, 'Leder', 'Leder')
    expect(ctx.cells.get(cell.id)).toEqual(cell)
    expect(Object.hasOwn(ctx.cells.get(cell.id) ?? {}, 'messageValue')).toBe(false)
    // Nothing to write: already kept as wanted, or no cell at all.
    const quiet = { cells: new Map<string, SyncCell | null>() }
    remember(quiet, { ...cell, messageValue: 'Leder' }, 'Leder', '')
    remember(quiet, cell, 'Leder', 'Leder')
    remember(quiet, undefined, 'Leder', '')
    expect(quiet.cells.size).toBe(0)
    // Values compare by content, not identity.
    remember(quiet, { ...cell, messageValue: ['a', 'b'] }, ['a', 'b'], [])
    expect(quiet.cells.size).toBe(0)
  })
})

describe('merging edits of two laptops', () => {
  it('per field the latest clock wins, and roles added on both laptops are both kept', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const o = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
      const p = await made(addPerson(o.id, { ...emptyPersonInput(), name: 'Åse Berg', roles: ['annen'] }))
      return { o, p }
    })
    on(ola)
    await made(updateOrganisation(seeded.o.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Olas notat' }))
    await made(updatePerson(seeded.p.id, { ...emptyPersonInput(), name: 'Åse Berg', roles: ['annen', 'klimakontakt'] }))
    on(kari)
    await made(updatePerson(seeded.p.id, { ...emptyPersonInput(), name: 'Åse Berg', roles: ['annen', 'toppleder'] }))
    await made(updateOrganisation(seeded.o.id, { ...emptyOrganisationInput(), name: 'Bygg AS', notes: 'Karis notat' }))
    await sync(folder, kari)
    await sync(folder, ola)
    await sync(folder, kari)
    for (const l of [kari, ola]) {
      on(l)
      expect((await getOrganisation(seeded.o.id))?.notes).toBe('Karis notat')
      expect((await db().people.get(seeded.p.id))?.roles).toEqual(['annen', 'klimakontakt', 'toppleder'])
    }
  })
})

describe('an erasure leaves none of the erased fields in the folder', () => {
  it('of a person: name, title, e-mail, phone and roles', async () => {
    const { folder, kari, seeded: p } = await twoLaptops(async () => {
      const o = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }))
      const added = await made(addPerson(o.id, { name: 'Åse Berg', title: 'Rådgiver', email: 'ase@bygg.no', phone: '22 33 44 55', roles: ['klimakontakt'] }))
      // The change's history entry quotes the new title in its changes.
      return made(updatePerson(added.id, { name: 'Åse Berg', title: 'Bærekraftsrådgiver', email: 'ase@bygg.no', phone: '22 33 44 55', roles: ['klimakontakt'] }))
    })
    on(kari)
    await erasePerson(p.id)
    await sync(folder, kari)
    const text = folder.text()
    for (const value of ['Åse Berg', 'Rådgiver', 'Bærekraftsrådgiver', 'ase@bygg.no', '22 33 44 55', 'klimakontakt']) expect(text).not.toContain(value)
  })

  it('of an emptied organisation: every field it held', async () => {
    const { folder, kari, seeded: o } = await twoLaptops(async () => {
      const empty = emptyOrganisationInput()
      const input = {
        ...empty,
        partnerFee: [{ year: 2026, amount: 98765, paid: true }],
        certification: { kind: 'annen' as const, validUntil: '2027-06-30', note: 'Sertifikatnotat' },
        criteria: noted(empty.criteria, 'Kriterienotat'),
        expectations: noted(empty.expectations, 'Forventningsnotat'),
        name: 'Hemmelig Bygg AS',
        orgNumber: '923609016',
        address: { street: 'Skjultgata 7', postalCode: '0155', municipality: 'Oslo' },
        website: 'hemmelig-bygg.no',
        notes: 'Ringes i januar',
      }
      const created = await made(createOrganisation(input))
      await setPipelineStatus(created.id, 'utmeldt', '2026-06-01', 'Hemmelig grunn til utmelding')
      return created
    })
    on(kari)
    await trashOrganisation(o.id)
    await emptyTrash()
    await sync(folder, kari)
    const text = folder.text()
    for (const value of ['Hemmelig Bygg', '923609016', 'Skjultgata', 'hemmelig-bygg.no', 'Ringes i januar', '98765', 'Sertifikatnotat', 'Kriterienotat', 'Forventningsnotat', 'Hemmelig grunn']) expect(text).not.toContain(value)
  })
})
