import { describe, expect, it } from 'vitest'
import { buildEnvelope, type Envelope, type Row, type TableData } from '../../../../../renderer/domain/backup/envelope'
import { emptiedOrganisation } from '../../../../../renderer/domain/backup/erasure-ledger'
import { fileLineage, planImport, planImportInSlices, resolvedPuts, sameRow, sharedSince, type ImportMode } from '../../../../../renderer/domain/backup/plan'
import { organisation, person, uuidN } from './seed'

const SHARED = { id: uuidN(1_000), at: '2026-11-05T00:00:00.000Z', installId: 'a' }
const BEFORE = '2026-11-04T00:00:00.000Z'
const AFTER = '2026-11-06T00:00:00.000Z'
const LATER = '2026-11-07T00:00:00.000Z'
const NOW = { now: '2026-11-28T10:00:00.000Z' }

function file(data: TableData, syncLog: Row[] = [SHARED]): Envelope {
  return buildEnvelope({ exportId: uuidN(2_000), exportedAt: '2026-11-25T10:00:00.000Z', appVersion: '1', installId: 'b' }, { ...data, syncLog })
}
const plan = (incoming: TableData, local: TableData, mode: ImportMode = 'merge') => planImport(file(incoming), { ...local, syncLog: [SHARED] }, mode, NOW)
const org = (name: string, updatedAt: string, extra: Row = {}) => organisation(name, { id: uuidN(1), updatedAt, ...extra })

describe('rows compared', () => {
  it('are the same whatever their key order, and bytes compare by content', () => {
    expect(sameRow({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true)
    expect(sameRow({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameRow({ f: new Uint8Array([1, 2]) }, { f: new Uint8Array([1, 2]) })).toBe(true)
    expect(sameRow({ x: 1, f: new Uint8Array([1, 2]) }, { f: new Uint8Array([1, 3]), x: 1 })).toBe(false)
    expect(sameRow({ a: 1 }, { a: 1, b: undefined })).toBe(true)
    expect(sameRow({ a: null }, { a: 0 })).toBe(false)
  })
})

describe('the lineage of a file', () => {
  it('adds the export itself once', () => {
    const envelope = file({}, [SHARED])
    expect(fileLineage(envelope)).toEqual([SHARED, { id: envelope.exportId, at: envelope.exportedAt, installId: 'b' }])
    const listed = file({}, [SHARED, { id: uuidN(2_000), at: 'x', installId: 'b' }])
    expect(fileLineage(listed)).toBe(listed.data.syncLog)
  })
})

describe('merging one row', () => {
  it('takes a row changed only in the file, keeps one changed only here, and asks when both changed', () => {
    const base = org('Før', BEFORE)
    expect(plan({ organisations: [{ ...base, name: 'Der', updatedAt: AFTER }] }, { organisations: [base] }).counts.organisations).toMatchObject({ changed: 1, keptLocal: 0, conflicts: 0 })
    const keptHere = plan({ organisations: [base] }, { organisations: [{ ...base, name: 'Her', updatedAt: AFTER }] })
    expect(keptHere.counts.organisations).toMatchObject({ changed: 0, keptLocal: 1 })
    expect(keptHere.kept.organisations?.map((r) => r.name)).toEqual(['Her'])
    const both = plan({ organisations: [{ ...base, name: 'Der', updatedAt: AFTER }] }, { organisations: [{ ...base, name: 'Her', updatedAt: AFTER }] })
    expect(both.conflicts.map((c) => [c.key, c.newer, c.reason])).toEqual([[`organisations/${uuidN(1)}`, 'local', 'both-changed']])
    const bothLater = plan({ organisations: [{ ...base, name: 'Der', updatedAt: LATER }] }, { organisations: [{ ...base, name: 'Her', updatedAt: AFTER }] })
    expect(bothLater.conflicts[0]?.newer).toBe('incoming')
    expect(bothLater.counts.organisations?.conflicts).toBe(1)
  })

  it('without changes since the shared export, lets the newer stamp win', () => {
    const older = org('Eldre', '2026-11-01T00:00:00.000Z')
    const newer = { ...older, name: 'Nyere', updatedAt: '2026-11-02T00:00:00.000Z' }
    expect(plan({ organisations: [newer] }, { organisations: [older] }).puts.organisations).toEqual([newer])
    expect(plan({ organisations: [older] }, { organisations: [newer] }).kept.organisations).toEqual([newer])
    const same = { ...older, name: 'Samme tid' }
    expect(plan({ organisations: [same] }, { organisations: [older] }).counts.organisations).toMatchObject({ keptLocal: 1, changed: 0 })
  })

  it('lets an erasure win on either side', () => {
    const live = org('Levende', AFTER)
    const tomb = emptiedOrganisation(live, BEFORE)
    // The file's tombstone replaces a live row here, even one edited later.
    const fromFile = plan({ organisations: [tomb] }, { organisations: [live] })
    expect(fromFile.counts.organisations).toMatchObject({ changed: 1, conflicts: 0 })
    expect(fromFile.puts.organisations?.[0]).toMatchObject({ name: '', erasedAt: BEFORE })
    // A tombstone here stays, whatever the file says: the file's row is erased the same way before it is compared.
    const here = plan({ organisations: [{ ...live, updatedAt: LATER }] }, { organisations: [tomb] })
    expect(here.counts.organisations).toMatchObject({ identical: 1, changed: 0 })
    expect(here.puts.organisations).toEqual([])
    // Two tombstones of one erasure: the local one stays, and the ledger keeps the earliest date.
    const laterTomb = emptiedOrganisation(live, AFTER)
    expect(plan({ organisations: [laterTomb] }, { organisations: [tomb] }).counts.organisations).toMatchObject({ keptLocal: 1, changed: 0 })
    const keptLater = plan({ organisations: [tomb] }, { organisations: [laterTomb] })
    expect(keptLater.counts.organisations).toMatchObject({ keptLocal: 1 })
    expect(keptLater.ledger).toEqual([{ id: uuidN(1), table: 'organisations', erasedAt: BEFORE }])
  })

  it('unites append-only tables: a differing entry here stays, a new one is added', () => {
    const entry = { id: uuidN(5), at: BEFORE, table: 'x', entityId: 'y', action: 'update', changes: {}, summary: 'her', userName: 'K', installId: 'a' }
    const theirs = { ...entry, summary: 'der' }
    const added = { ...entry, id: uuidN(6) }
    const p = plan({ auditLog: [theirs, added] }, { auditLog: [entry] })
    expect(p.counts.auditLog).toMatchObject({ keptLocal: 1, added: 1 })
    expect(p.puts.auditLog).toEqual([added])
    expect(p.kept.auditLog).toBeUndefined()
  })

  it('treats the sync log and the erasure ledger as append-only too', () => {
    const point = { id: uuidN(7), at: BEFORE, installId: 'a' }
    const line = { id: uuidN(8), table: 'people', erasedAt: BEFORE }
    const envelope = file({ erasures: [{ ...line, erasedAt: AFTER }] }, [SHARED, { ...point, installId: 'b' }])
    const p = planImport(envelope, { syncLog: [SHARED, point], erasures: [line] }, 'merge', NOW)
    expect(p.counts.syncLog).toMatchObject({ keptLocal: 1, conflicts: 0 })
    expect(p.counts.erasures).toMatchObject({ identical: 1, keptLocal: 0 })
    expect([p.kept.syncLog, p.kept.erasures, p.conflicts]).toEqual([undefined, undefined, []])
    const q = plan({}, { erasures: [line] })
    expect(q.ledger).toEqual([line])
  })
})

describe('a record merged into two different records (a fork)', () => {
  const a = organisation('A', { id: uuidN(11), updatedAt: BEFORE })
  const c = organisation('C', { id: uuidN(13), updatedAt: BEFORE })
  const b = (into: Row, at: string) => organisation('B', { id: uuidN(12), updatedAt: at, deletedAt: at, mergedInto: into.id })
  /** Where B ends when the user accepts what the preview proposes. */
  const mergedInto = (p: ReturnType<typeof plan>) => resolvedPuts(p, new Map(), NOW.now).organisations?.find((r) => r.id === uuidN(12))?.mergedInto

  it('goes with the later merge, whichever copy made it', () => {
    expect(mergedInto(plan({ organisations: [a, c, b(a, LATER)] }, { organisations: [a, c, b(c, AFTER)] }))).toBe(a.id)
    expect(mergedInto(plan({ organisations: [a, c, b(c, AFTER)] }, { organisations: [a, c, b(a, LATER)] }))).toBe(a.id)
  })

  it('with merges stamped alike, goes with the larger survivor id in both directions', () => {
    expect(mergedInto(plan({ organisations: [a, c, b(a, AFTER)] }, { organisations: [a, c, b(c, AFTER)] }))).toBe(c.id)
    expect(mergedInto(plan({ organisations: [a, c, b(c, AFTER)] }, { organisations: [a, c, b(a, AFTER)] }))).toBe(c.id)
  })
})

describe('replacing everything', () => {
  it('writes what differs, removes rows only here, and never removes a ledger line', () => {
    const keep = org('Felles', BEFORE)
    const gone = organisation('Bare her', { id: uuidN(2) })
    const line = { id: uuidN(9), table: 'people', erasedAt: BEFORE }
    const changed = { ...keep, name: 'Ny' }
    const p = plan({ organisations: [changed] }, { organisations: [keep, gone], sectors: [{ id: uuidN(3) }], erasures: [line] }, 'replace')
    expect(p.counts.organisations).toMatchObject({ changed: 1, removed: 1 })
    expect(p.removals).toEqual({ organisations: [uuidN(2)], sectors: [uuidN(3)] })
    expect(p.counts.sectors).toMatchObject({ removed: 1 })
    expect(p.counts.erasures).toMatchObject({ removed: 0, identical: 1 })
    expect(p.incoming.erasures).toEqual([line])
    expect(p.ledger).toEqual([line])
  })

  it('in a merge, looks only at the file’s tables', () => {
    const p = plan({}, { sectors: [{ id: uuidN(3) }] })
    expect(p.counts.sectors).toBeUndefined()
    expect(p.removals).toEqual({})
  })
})

describe('the ledger in a merge', () => {
  it('erases here the rows the file’s ledger names but the plan would leave alone, and nothing else', () => {
    const o = organisation('Tømt der', { id: uuidN(1) })
    const p1 = person(uuidN(1), 'Ánde Ŋuolla', { id: uuidN(2) })
    const p2 = person(uuidN(7), 'Siri Sámi', { id: uuidN(3) })
    const event = { id: uuidN(4), createdAt: BEFORE, updatedAt: BEFORE, deletedAt: null, organisationId: uuidN(1), status: 'medlem', date: '2026-01-01', note: 'notat' }
    const entry = { id: uuidN(5), at: BEFORE, table: 'organisations', entityId: uuidN(7), action: 'update', changes: {}, summary: 'Møtte Ánde Ŋuolla', userName: 'K', installId: 'a' }
    const sector = { id: uuidN(6), createdAt: BEFORE, updatedAt: BEFORE, deletedAt: null, name: 'Bygg' }
    const local = { organisations: [o], people: [p1, p2], statusEvents: [event], auditLog: [entry], sectors: [sector] }
    const p = plan({ erasures: [{ id: uuidN(1), table: 'organisations', erasedAt: AFTER }] }, local)
    expect(p.counts.organisations).toMatchObject({ changed: 1 })
    expect(p.puts.organisations?.[0]).toMatchObject({ name: '', erasedAt: AFTER })
    expect(p.counts.people).toMatchObject({ changed: 1 })
    expect(p.puts.people?.map((r) => [r.id, r.name])).toEqual([[uuidN(2), '']])
    expect(p.puts.statusEvents?.[0]).toMatchObject({ note: '', deletedAt: AFTER })
    expect(p.puts.auditLog?.[0]).toMatchObject({ summary: 'slettet person' })
    expect(p.counts.sectors).toBeUndefined()
    expect(p.traces).toEqual(['Ánde Ŋuolla', 'kari@example.no'])
    // The emptied organisation's name and number: other records' history may quote them.
    expect(p.quoted).toEqual(['Tømt der', '974760673'])
    expect(p.ledger.map((l) => l.id).sort()).toEqual([uuidN(1), uuidN(2)])
  })

  it('leaves rows alone that the plan already writes, keeps or asks about', () => {
    const mine = person(uuidN(1), 'Her', { id: uuidN(2), updatedAt: AFTER })
    const theirs = { ...mine, name: 'Der', updatedAt: LATER }
    const p = plan({ people: [theirs], erasures: [{ id: uuidN(2), table: 'people', erasedAt: BEFORE }] }, { people: [mine] })
    // The file's row is erased before it is compared: one change, not two.
    expect(p.counts.people).toMatchObject({ changed: 1, conflicts: 0 })
    expect(p.puts.people).toHaveLength(1)
  })
})

describe('resolving conflicts', () => {
  it('writes the proposed or chosen side and every kept row stamped now, leaving the plan as it was', () => {
    const base = org('Før', BEFORE)
    const p = plan({ organisations: [{ ...base, name: 'Der', updatedAt: AFTER }] }, { organisations: [{ ...base, name: 'Her', updatedAt: AFTER }] })
    const kept = { ...base, id: uuidN(8), name: 'Beholdt' }
    p.kept = { organisations: [kept] }
    const now = '2026-11-28T12:00:00.000Z'
    expect(resolvedPuts(p, new Map(), now).organisations?.map((r) => [r.name, r.updatedAt])).toEqual([['Beholdt', now], ['Her', now]])
    expect(resolvedPuts(p, new Map([[`organisations/${uuidN(1)}`, 'incoming']]), now).organisations?.map((r) => r.name)).toEqual(['Beholdt', 'Der'])
    expect(p.puts.organisations).toEqual([])
    expect((kept as Row).updatedAt).toBe(BEFORE)
  })
})

describe('planning in slices', () => {
  it('reports progress every 5,000 rows and ends with the same plan', async () => {
    const organisations = Array.from({ length: 10_001 }, (_, i) => organisation(`Org ${i}`, { id: uuidN(10_000 + i) }))
    const seen: [number, number][] = []
    const envelope = file({ organisations })
    const sliced = await planImportInSlices(envelope, {}, 'merge', (done, total) => seen.push([done, total]), NOW)
    expect(seen).toEqual([[5_000, 10_002], [10_000, 10_002]])
    expect(sliced).toEqual(planImport(envelope, {}, 'merge', NOW))
  })

  it('uses this laptop’s clock when no time is given', () => {
    const base = org('Før', BEFORE)
    const farAhead = { ...base, name: 'Her', updatedAt: '2999-01-01T00:00:00.000Z' }
    const p = planImport(file({ organisations: [{ ...base, name: 'Der', updatedAt: AFTER }] }), { organisations: [farAhead], syncLog: [SHARED] }, 'merge')
    expect(p.conflicts.map((c) => c.reason)).toEqual(['local-clock'])
    expect(p.sharedSince).toBe(SHARED.at)
  })
})

describe('details that decide a merge', () => {
  it('adds the export itself to a file that has no sync log', () => {
    const envelope: Envelope = { ...file({}), data: {} }
    expect(fileLineage(envelope)).toEqual([{ id: envelope.exportId, at: envelope.exportedAt, installId: 'b' }])
  })

  it('tells a list from an object with the same numbered keys', () => {
    expect(sameRow({ a: ['x'], b: 1 }, { b: 1, a: { 0: 'x' } })).toBe(false)
  })

  it('takes the first of two sync points at the same instant, whatever their text', () => {
    const a = { id: uuidN(1), at: '2026-11-05T01:00:00+02:00' }
    const b = { id: uuidN(2), at: '2026-11-04T23:00:00.000Z' }
    expect(sharedSince([a, b], [a, b])).toBe(a.at)
    expect(sharedSince([a, b], [b, a])).toBe(b.at)
  })

  it('counts a row stamped exactly at the shared export as unchanged since it', () => {
    const atShare = org('Ved deling', SHARED.at)
    const changedThere = { ...atShare, name: 'Der', updatedAt: AFTER }
    expect(plan({ organisations: [changedThere] }, { organisations: [atShare] }).counts.organisations).toMatchObject({ changed: 1, conflicts: 0 })
    const changedHere = { ...atShare, name: 'Her', updatedAt: AFTER }
    expect(plan({ organisations: [atShare] }, { organisations: [changedHere] }).counts.organisations).toMatchObject({ keptLocal: 1, conflicts: 0 })
  })

  it('lists conflicts table by table in name order, whatever order the file has', () => {
    const o = org('Før', BEFORE)
    const p = person(uuidN(1), 'Før', { id: uuidN(2), updatedAt: BEFORE })
    const envelope: Envelope = {
      ...file({}),
      data: { people: [{ ...p, name: 'Der', updatedAt: AFTER }], organisations: [{ ...o, name: 'Der', updatedAt: AFTER }], syncLog: [SHARED] },
    }
    const local = { people: [{ ...p, name: 'Her', updatedAt: AFTER }], organisations: [{ ...o, name: 'Her', updatedAt: AFTER }], syncLog: [SHARED] }
    expect(planImport(envelope, local, 'merge', NOW).conflicts.map((c) => c.table)).toEqual(['organisations', 'people'])
  })

  it('removes nothing in a merge, even rows only this laptop has', () => {
    const p = plan({}, { people: [person(uuidN(1), 'Bare her', { id: uuidN(2) })] })
    expect(p.removals).toEqual({})
    expect(p.counts.people).toEqual({ added: 0, changed: 0, identical: 0, conflicts: 0, keptLocal: 0, removed: 0 })
    expect(p.puts.people).toEqual([])
  })

  it('in a replace, removes this laptop’s people of an organisation the file empties instead of writing them back', () => {
    const o = organisation('Tømt', { id: uuidN(1) })
    const here = person(uuidN(1), 'Bare her', { id: uuidN(2) })
    const p = plan({ organisations: [o], erasures: [{ id: uuidN(1), table: 'organisations', erasedAt: AFTER }] }, { organisations: [o], people: [here] }, 'replace')
    expect(p.removals.people).toEqual([uuidN(2)])
    expect(p.puts.people).toEqual([])
    expect(p.counts.people).toMatchObject({ changed: 0, removed: 1 })
  })

  it('finds this laptop’s audit entries by a name only the file’s row still holds', () => {
    const gone = person(uuidN(1), 'Ánde Ŋuolla', { id: uuidN(2) })
    const entry = { id: uuidN(5), at: BEFORE, table: 'organisations', entityId: uuidN(1), action: 'update', changes: {}, summary: 'Møtte Ánde Ŋuolla', userName: 'K', installId: 'a' }
    const p = plan({ people: [gone], erasures: [{ id: uuidN(2), table: 'people', erasedAt: AFTER }] }, { auditLog: [entry] })
    expect(p.puts.auditLog).toEqual([{ ...entry, summary: 'slettet person', changes: {} }])
  })

  it('writes a kept row of a table the plan has no puts for', () => {
    const p = plan({}, {})
    const row = { id: uuidN(3), name: 'Bygg', updatedAt: BEFORE }
    p.kept = { sectors: [row] }
    expect(resolvedPuts(p, new Map(), NOW.now).sectors).toEqual([{ ...row, updatedAt: NOW.now }])
  })
})
