/**
 * A merge import that meets a fork (B merged into A here, into C in the file) lists it as a conflict
 * in words, as sync does, proposes the later merge (the outcome before forks were listed), and, when
 * the user chooses the other merge, plans with it: B and what moved with it follow the survivor chosen.
 */
import { describe, expect, it } from 'vitest'
import { type Row, type TableData } from '../../../../../renderer/domain/backup/envelope'
import { forkChoicesOf } from '../../../../../renderer/domain/backup/merge-forks-import'
import { resolvedPuts, type ImportPlan, type Resolution } from '../../../../../renderer/domain/backup/plan'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { organisation, person, uuidN } from './seed'
import { AFTER, LATER, NOW, plan } from './fork-plan'

const BEFORE = '2026-11-04T00:00:00.000Z'

const a = organisation('Bygg AS', { id: uuidN(11), updatedAt: BEFORE })
const c = organisation('BYGG AS', { id: uuidN(13), updatedAt: BEFORE })
const b = (into: Row, at: string) => organisation('Bygg as', { id: uuidN(12), updatedAt: at, deletedAt: at, mergedInto: into.id })
/** B's contact person, moved by each copy's merge to that copy's survivor. */
const contact = (org: Row, at: string) => person(String(org.id), 'Kontakt B', { id: uuidN(21), updatedAt: at })
/** The merge's own history entry on the merged-away record, as merge-repo writes it. */
const mergeEntry = (n: number, into: Row, userName: string, at: string): Row => ({
  id: uuidN(n), at, table: 'organisations', entityId: uuidN(12), action: 'delete', summary: 'Bygg as ble slått sammen', changes: { mergedInto: { from: null, to: into.id } }, userName, installId: userName,
})

/** Kari merged B into A here (earlier); Per merged B into C in the file (later). */
const here = { organisations: [a, c, b(a, AFTER)], people: [contact(a, AFTER)], auditLog: [mergeEntry(31, a, 'Kari', AFTER)] }
const there = { organisations: [a, c, b(c, LATER)], people: [contact(c, LATER)], auditLog: [mergeEntry(32, c, 'Per', LATER)] }

const written = (p: ImportPlan, resolutions: ReadonlyMap<string, Resolution> = new Map()) => resolvedPuts(p, resolutions, NOW)
const orgOf = (data: TableData, table: string, id: string) => data[table]?.find((r) => r.id === id)

describe('a fork met by a merge import', () => {
  it('is listed as a conflict with the record’s name, both survivors, and who merged when', () => {
    const p = plan(there, here)
    // The one question: the contact person, moved by both merges, follows the merge that stands.
    expect(p.conflicts).toHaveLength(1)
    expect(p.conflicts[0]).toMatchObject({
      key: `organisations/${uuidN(12)}`,
      reason: 'merge-fork',
      newer: 'incoming',
      fork: {
        kind: 'organisations',
        local: { survivorId: a.id, survivor: 'Bygg AS', at: AFTER, by: 'Kari' },
        incoming: { survivorId: c.id, survivor: 'BYGG AS', at: LATER, by: 'Per' },
      },
    })
    expect(p.counts.organisations).toMatchObject({ conflicts: 1, changed: 0, keptLocal: 0 })
    expect(p.counts.people).toMatchObject({ conflicts: 0, changed: 1 })
  })

  it('still asks about a row both merges moved when it was also edited, and the proposed side names the other survivor', () => {
    // Kari gave the contact a new title after her merge, later than Per's merge: her copy is the newer.
    const edited = { ...here, people: [{ ...contact(a, '2026-11-08T09:00:00.000Z'), title: 'Rådgiver' }] }
    const p = plan(there, edited)
    expect(p.conflicts.map((x) => x.reason).sort()).toEqual(['both-changed', 'merge-fork'])
  })

  it('ends, accepted as proposed, with the later merge, in both directions, as before forks were listed', () => {
    for (const [incoming, local] of [[there, here], [here, there]] as const) {
      const out = written(plan(incoming, local))
      expect(orgOf(out, 'organisations', uuidN(12))?.mergedInto).toBe(c.id)
      // B's contact person is with C: the newer copy of the row (the later merge moved it there).
      const p = plan(incoming, local)
      const moved = orgOf(out, 'people', uuidN(21)) ?? p.kept.people?.find((r) => r.id === uuidN(21)) ?? local.people[0]
      expect(moved?.organisationId).toBe(c.id)
    }
  })

  it('says who merged only when the copy’s history has the merge', () => {
    const p = plan({ ...there, auditLog: [] }, { ...here, auditLog: [] })
    const fork = p.conflicts.find((x) => x.fork)?.fork
    expect(fork?.local.by).toBeNull()
    expect(fork?.incoming.by).toBeNull()
  })

  it('planned with the earlier merge chosen: B and its contact person go to that survivor', () => {
    const key = `organisations/${uuidN(12)}`
    const first = plan(there, here)
    const choice = new Map<string, Resolution>([[key, 'local']])
    const forks = forkChoicesOf(first.conflicts, choice)
    expect([...forks]).toEqual([[key, 'local']])
    const again = plan(there, here, forks)
    expect(again.conflicts.find((x) => x.key === key)).toMatchObject({ newer: 'local' })
    const out = written(again, choice)
    expect(orgOf(out, 'organisations', uuidN(12))?.mergedInto).toBe(a.id)
    const moved = orgOf(out, 'people', uuidN(21)) ?? again.kept.people?.find((r) => r.id === uuidN(21))
    expect(moved?.organisationId).toBe(a.id)
    // Without the choice the same file moves the person to C: the choice is what moves it.
    expect(orgOf(written(first), 'people', uuidN(21))?.organisationId).toBe(c.id)
  })

  it('asks for no new plan when the user keeps the proposed merge', () => {
    const p = plan(there, here)
    expect(forkChoicesOf(p.conflicts, new Map([[`organisations/${uuidN(12)}`, 'incoming']]))).toEqual(new Map())
  })

  it('stays a conflict on a synced laptop, where rows changed on both sides are settled field by field', () => {
    const p = plan(there, here)
    expect(mergeConflictsByField(p, new Map([[`organisations|${uuidN(12)}`, new Map([['mergedInto', AFTER]])]])).conflicts).toEqual(p.conflicts)
  })

  it('is no fork when both copies merged the record into the same one', () => {
    const p = plan({ organisations: [a, c, b(a, LATER)] }, { organisations: [a, c, b(a, AFTER)] })
    expect(p.conflicts).toEqual([])
  })

  it('is no question when one copy merged again after the export both had seen (a fork decided there)', () => {
    // Here B went into A before the shared export; the file, having seen that, put it into C.
    const p = plan({ organisations: [a, c, b(c, LATER)] }, { organisations: [a, c, b(a, BEFORE)] })
    expect(p.conflicts).toEqual([])
    expect(orgOf(written(p), 'organisations', uuidN(12))?.mergedInto).toBe(c.id)
    const back = plan({ organisations: [a, c, b(a, BEFORE)] }, { organisations: [a, c, b(c, LATER)] })
    expect(back.conflicts).toEqual([])
    expect(back.kept.organisations?.find((r) => r.id === uuidN(12))?.mergedInto).toBe(c.id)
  })
})
