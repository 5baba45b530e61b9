/**
 * Roles landed on a person survivor (sync-landed-elements.ts), one step at a time: what an element's
 * cell keeps when a role lands, and what giving landings back leaves in the row and the cells. The
 * stories (landed-role, landed-role-merged-on tests) pass through these; the cases they do not reach
 * were found by mutation testing.
 */
import { describe, expect, it } from 'vitest'
import { elementLanding, giveBackElements } from '../../../../../renderer/db/repositories/sync-landed-elements'
import { cellKey } from '../../../../../renderer/domain/sync/fields'
import type { SyncCell } from '../../../../../renderer/domain/sync/records'

const OWN_TS = '2027-01-09T10:00:00.000Z-0000-bbbbbbbbbbbbbbbb'
const TS = '2027-01-10T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa'
const key = (role: string) => cellKey('people', 'ase', 'roles', role)

/** Cells in memory, as the apply's map holds them; `put` records what was written (null: removed). */
function cellsOf(initial: SyncCell[]) {
  const store = new Map(initial.map((c) => [c.id, c as SyncCell | null]))
  const asked: string[] = []
  const written: [string, SyncCell | null][] = []
  return {
    asked,
    written,
    store,
    cellOf: async (k: string) => {
      asked.push(k)
      return store.get(k) ?? null
    },
    put: async (k: string, c: SyncCell | null) => {
      written.push([k, c])
      store.set(k, c)
    },
  }
}

describe('a role landing on a survivor', () => {
  it('keeps the survivor’s own change of that role: whether it held it, and its stamp', () => {
    expect(elementLanding('twin', { id: key('toppleder'), ts: OWN_TS, installId: 'kari' }, true)).toEqual({ from: 'twin', own: { value: true, ts: OWN_TS, installId: 'kari' } })
    expect(elementLanding('twin', { id: key('toppleder'), ts: OWN_TS, installId: 'kari' }, false)).toEqual({ from: 'twin', own: { value: false, ts: OWN_TS, installId: 'kari' } })
    expect(elementLanding('twin', null, false)).toEqual({ from: 'twin', own: null })
  })

  it('landing again over an earlier landing keeps the survivor’s own change from before any landing, not the earlier landing', () => {
    const earlier: SyncCell = { id: key('toppleder'), ts: TS, installId: 'per', landed: { from: 'third', own: { value: false, ts: OWN_TS, installId: 'kari' } } }
    expect(elementLanding('twin', earlier, true)).toEqual({ from: 'twin', own: { value: false, ts: OWN_TS, installId: 'kari' } })
  })
})

describe('giving back the roles landed on a survivor', () => {
  const row = { id: 'ase', name: 'Åse', roles: ['annen', 'klimakontakt', 'toppleder'] }

  it('takes off a role it did not hold before and removes its cell; keeps one it held, with its own stamp again; returns the landings’ stamps', async () => {
    const cells = cellsOf([
      { id: key('toppleder'), ts: TS, installId: 'per', landed: { from: 'twin', own: null } },
      { id: key('klimakontakt'), ts: TS, installId: 'per', landed: { from: 'twin', own: { value: true, ts: OWN_TS, installId: 'kari' } } },
      { id: key('annen'), ts: OWN_TS, installId: 'kari' },
    ])
    const out = await giveBackElements('people', row, 'twin', cells)
    expect(out.row.roles).toEqual(['annen', 'klimakontakt'])
    expect(out.stamps).toEqual([TS, TS])
    expect(cells.written).toEqual([
      [key('klimakontakt'), { id: key('klimakontakt'), ts: OWN_TS, installId: 'kari' }],
      [key('toppleder'), null],
    ])
  })

  it('takes off a role the survivor had removed before the landing, its removal standing again', async () => {
    const cells = cellsOf([{ id: key('toppleder'), ts: TS, installId: 'per', landed: { from: 'twin', own: { value: false, ts: OWN_TS, installId: 'kari' } } }])
    const out = await giveBackElements('people', row, 'twin', cells)
    expect(out.row.roles).toEqual(['annen', 'klimakontakt'])
    expect(cells.store.get(key('toppleder'))).toEqual({ id: key('toppleder'), ts: OWN_TS, installId: 'kari' })
  })

  it('leaves a role landed from another record, and one with no cell, and returns the very row when nothing was given back', async () => {
    const cells = cellsOf([{ id: key('toppleder'), ts: TS, installId: 'per', landed: { from: 'third', own: null } }])
    const out = await giveBackElements('people', row, 'twin', cells)
    expect(out.row).toBe(row)
    expect(out.stamps).toEqual([])
    expect(cells.written).toEqual([])
  })

  it('gives back landings from every record when asked for none in particular (the survivor is merged away itself)', async () => {
    const cells = cellsOf([
      { id: key('toppleder'), ts: TS, installId: 'per', landed: { from: 'third', own: null } },
      { id: key('annen'), ts: TS, installId: 'per', landed: { from: 'twin', own: null } },
    ])
    const out = await giveBackElements('people', row, null, cells)
    expect(out.row.roles).toEqual(['klimakontakt'])
  })

  it('looks at no cell for a row without roles, and at none for an organisation', async () => {
    const cells = cellsOf([])
    const bare = { id: 'ase', name: 'Åse' }
    expect((await giveBackElements('people', bare, 'twin', cells)).row).toBe(bare)
    const org = { id: 'bygg', name: 'Bygg AS', roles: ['toppleder'] }
    expect((await giveBackElements('organisations', org, 'twin', cells)).row).toBe(org)
    expect(cells.asked).toEqual([])
  })
})
