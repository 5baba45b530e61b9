/**
 * A fork in a merge import (merge-forks-import.ts), the parts merge-forks.test.ts leaves open: how
 * the preview names each side (a survivor without a name, one only the other copy holds, who merged
 * by that copy's own history), a fork of people, which choices ask for a new plan, and what follows
 * the chosen survivor (rows both copies moved, rows kept here, other questions). Found missing by
 * mutation testing.
 */
import { describe, expect, it } from 'vitest'
import { type Row, type TableData } from '../../../../../renderer/domain/backup/envelope'
import { forkChoicesOf } from '../../../../../renderer/domain/backup/merge-forks-import'
import { resolvedPuts, type ImportPlan, type Resolution } from '../../../../../renderer/domain/backup/plan'
import { organisation, person, uuidN } from './seed'
import { AFTER, LATER, NOW, plan } from './fork-plan'

const written = (p: ImportPlan, resolutions: ReadonlyMap<string, Resolution> = new Map()) => resolvedPuts(p, resolutions, NOW)
const rowOf = (data: TableData, table: string, id: string) => data[table]?.find((r) => r.id === id)

const a = organisation('Bygg AS', { id: uuidN(11), updatedAt: '2026-11-04T00:00:00.000Z' })
const c = organisation('BYGG AS', { id: uuidN(13), updatedAt: '2026-11-04T00:00:00.000Z' })
const b = (into: Row, at: string) => organisation('Bygg as', { id: uuidN(12), updatedAt: at, deletedAt: at, mergedInto: into.id })
const mergeEntry = (n: number, table: string, entityId: string, into: Row | string, userName: string, at: string): Row => ({
  id: uuidN(n), at, table, entityId, action: 'delete', summary: 'slått sammen', changes: { mergedInto: { from: null, to: typeof into === 'string' ? into : into.id } }, userName, installId: userName,
})
const forkOf = (p: ImportPlan) => p.conflicts.find((x) => x.reason === 'merge-fork')?.fork

describe('how the preview names a fork’s sides', () => {
  it('a survivor without a name, or with only spaces, is “(uten navn)”', () => {
    const blank = { ...a, name: '   ' }
    const none = { ...c, name: null }
    const p = plan({ organisations: [blank, none, b(none, LATER)] }, { organisations: [blank, none, b(blank, AFTER)] })
    expect(forkOf(p)).toMatchObject({ local: { survivor: '(uten navn)' }, incoming: { survivor: '(uten navn)' } })
  })

  it('a survivor only the other copy holds is named from that copy, each side first from its own', () => {
    // Here C is unknown; in the file A is unknown. A's name differs between the copies.
    const localA = { ...a, name: 'Bygg AS (her)' }
    const p = plan({ organisations: [{ ...a, name: 'Bygg AS (fil)' }, c, b(c, LATER)] }, { organisations: [localA, b(a, AFTER)] })
    expect(forkOf(p)).toMatchObject({ local: { survivorId: a.id, survivor: 'Bygg AS (her)' }, incoming: { survivorId: c.id, survivor: 'BYGG AS' } })
    const q = plan({ organisations: [b(c, LATER)] }, { organisations: [a, { ...c, name: 'BYGG AS (her)' }, b(a, AFTER)] })
    expect(forkOf(q)).toMatchObject({ local: { survivor: 'Bygg AS' }, incoming: { survivor: 'BYGG AS (her)' } })
  })

  it('says who merged from each copy’s own history of that merge only', () => {
    const local = {
      organisations: [a, c, b(a, AFTER)],
      // Kari's entry for her merge; an entry here about the file's merge (written by no one) says nothing of the file's side.
      auditLog: [mergeEntry(31, 'organisations', uuidN(12), a, 'Kari', AFTER), mergeEntry(33, 'organisations', uuidN(12), c, 'Ukjent', AFTER), mergeEntry(35, 'organisations', uuidN(14), a, 'Annen', AFTER)],
    }
    const incoming = {
      organisations: [a, c, b(c, LATER)],
      auditLog: [mergeEntry(32, 'organisations', uuidN(12), c, '', LATER), { ...mergeEntry(34, 'organisations', uuidN(12), c, 'Per', LATER), changes: { mergedInto: { from: null } } }],
    }
    const fork = forkOf(plan(incoming, local))
    expect(fork?.local).toEqual({ survivorId: a.id, survivor: 'Bygg AS', at: AFTER, by: 'Kari' })
    expect(fork?.incoming).toEqual({ survivorId: c.id, survivor: 'BYGG AS', at: LATER, by: null })
  })

  it('finds the author of each copy’s merge in that copy’s history, also for the file', () => {
    const fork = forkOf(
      plan(
        { organisations: [a, c, b(c, LATER)], auditLog: [mergeEntry(32, 'organisations', uuidN(12), c, 'Per', LATER)] },
        { organisations: [a, c, b(a, AFTER)], auditLog: [mergeEntry(31, 'organisations', uuidN(12), c, 'Kari', AFTER)] },
      ),
    )
    // Kari's entry names C, not A: it is no record of her merge into A.
    expect([fork?.local.by, fork?.incoming.by]).toEqual([null, 'Per'])
  })
})

describe('a fork of people', () => {
  const org = organisation('Bygg AS', { id: uuidN(50) })
  const orgId = uuidN(50)
  const ase = person(orgId, 'Åse Berg', { id: uuidN(51), updatedAt: '2026-11-04T00:00:00.000Z' })
  const aase = person(orgId, 'Aase Berg', { id: uuidN(53), updatedAt: '2026-11-04T00:00:00.000Z' })
  const twin = (into: Row, at: string) => person(orgId, 'Å. Berg', { id: uuidN(52), updatedAt: at, deletedAt: at, mergedInto: into.id })
  /** The twin's registration at a lunch: moved by each copy's merge to that copy's survivor. */
  const registration = (into: Row, at: string): Row => ({ id: uuidN(60), createdAt: '2026-10-01T00:00:00.000Z', updatedAt: at, deletedAt: null, eventId: uuidN(70), organisationId: orgId, personId: into.id, status: 'pameldt' })

  it('is listed with both people’s names, and the chosen person takes what both merges moved', () => {
    const here = { organisations: [org], people: [ase, aase, twin(ase, AFTER)], registrations: [registration(ase, AFTER)], auditLog: [mergeEntry(31, 'people', uuidN(52), ase, 'Kari', AFTER)] }
    const there = { organisations: [org], people: [ase, aase, twin(aase, LATER)], registrations: [registration(aase, LATER)], auditLog: [mergeEntry(32, 'people', uuidN(52), aase, 'Per', LATER)] }
    const p = plan(there, here)
    expect(p.conflicts).toHaveLength(1)
    expect(p.conflicts[0]).toMatchObject({ key: `people/${uuidN(52)}`, newer: 'incoming', fork: { kind: 'people', local: { survivor: 'Åse Berg', by: 'Kari' }, incoming: { survivor: 'Aase Berg', by: 'Per' } } })
    expect(rowOf(written(p), 'registrations', uuidN(60))?.personId).toBe(aase.id)
    const choice = new Map<string, Resolution>([[`people/${uuidN(52)}`, 'local']])
    const again = plan(there, here, forkChoicesOf(p.conflicts, choice))
    const out = written(again, choice)
    expect(rowOf(out, 'people', uuidN(52))?.mergedInto ?? here.people[2]?.mergedInto).toBe(ase.id)
    const reg = rowOf(out, 'registrations', uuidN(60)) ?? again.kept.registrations?.find((r) => r.id === uuidN(60))
    expect(reg?.personId).toBe(ase.id)
  })

  it('with the file’s earlier merge chosen over this laptop’s later one, takes what both moved to the file’s survivor', () => {
    const here = { organisations: [org], people: [ase, aase, twin(aase, LATER)], registrations: [registration(aase, LATER)] }
    const there = { organisations: [org], people: [ase, aase, twin(ase, AFTER)], registrations: [registration(ase, AFTER)] }
    const p = plan(there, here)
    expect(p.conflicts.map((x) => [x.reason, x.newer])).toEqual([['merge-fork', 'local']])
    // As proposed, this laptop's merge stands and its registration is kept as it is.
    expect(p.counts.registrations).toMatchObject({ conflicts: 0, keptLocal: 1, changed: 0 })
    expect(p.kept.registrations?.map((r) => r.personId)).toEqual([aase.id])
    const choice = new Map<string, Resolution>([[`people/${uuidN(52)}`, 'incoming']])
    const again = plan(there, here, forkChoicesOf(p.conflicts, choice))
    expect(again.conflicts.map((x) => x.reason)).toEqual(['merge-fork'])
    const out = written(again, choice)
    expect(rowOf(out, 'people', uuidN(52))?.mergedInto).toBe(ase.id)
    const reg = rowOf(out, 'registrations', uuidN(60)) ?? again.kept.registrations?.find((r) => r.id === uuidN(60))
    expect(reg?.personId).toBe(ase.id)
  })

  it('keeps a row only this laptop holds naming the other survivor as it is', () => {
    const own = (into: Row): Row => ({ ...registration(into, AFTER), id: uuidN(61) })
    const here = { organisations: [org], people: [ase, aase, twin(ase, AFTER)], registrations: [own(aase)] }
    const there = { organisations: [org], people: [ase, aase, twin(aase, LATER)] }
    const choice = new Map<string, Resolution>([[`people/${uuidN(52)}`, 'local']])
    const again = plan(there, here, choice)
    const out = written(again, choice)
    expect((rowOf(out, 'registrations', uuidN(61)) ?? here.registrations[0])?.personId).toBe(aase.id)
  })
})

describe('which choices ask for a new plan', () => {
  it('only a fork decided against the proposed side', () => {
    const conflicts = [
      { key: 'organisations/1', reason: 'merge-fork', newer: 'incoming' as const },
      { key: 'organisations/2', reason: 'merge-fork', newer: 'local' as const },
      { key: 'organisations/3', reason: 'both-changed', newer: 'incoming' as const },
      { key: 'organisations/4', reason: 'merge-fork', newer: 'incoming' as const },
    ]
    const resolutions = new Map<string, Resolution>([
      ['organisations/1', 'local'],
      ['organisations/2', 'incoming'],
      ['organisations/3', 'local'],
    ])
    expect([...forkChoicesOf(conflicts, resolutions)]).toEqual([
      ['organisations/1', 'local'],
      ['organisations/2', 'incoming'],
    ])
  })
})
