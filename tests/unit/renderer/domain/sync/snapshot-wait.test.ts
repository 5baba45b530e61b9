/**
 * The rule for a snapshot that must wait (domain/sync/snapshot-wait.ts), on its own: which laptops
 * may still have to empty answers held here naming someone erased, read from the files' `seen`.
 * Kari (this laptop) erased Siri in her file 1; Ola edited the answers in his file 1 before he had it.
 */
import { describe, expect, it } from 'vitest'
import { fileIndex } from '../../../../../renderer/domain/sync/causality'
import type { SyncFileRecord } from '../../../../../renderer/domain/sync/records'
import { laptopsYetToEmpty, type HeldAnswers } from '../../../../../renderer/domain/sync/snapshot-wait'

const file = (installId: string, seq: number, firstTs: string, lastTs: string, seen: Record<string, number>): SyncFileRecord => ({ id: `${installId}:${seq}`, installId, userName: installId, seq, firstTs, lastTs, seen })

/** Kari's file 1 holds the erasure (t10); Ola's file 1 the edit (t20, not having seen it); his file 2 (t30) had it. */
const FILES = [file('kari', 1, 't10', 't10', {}), file('ola', 1, 't20', 't20', {}), file('ola', 2, 't30', 't31', { kari: 1 })]
const ERASURE = { ts: 't10', installId: 'kari' }
const olaEdit = (erasures = [ERASURE]): HeldAnswers => ({ written: { ts: 't20', installId: 'ola' }, erasures })
const waiting = (held: HeldAnswers[], cursors: Record<string, number> = { ola: 1 }, files = FILES) => [...laptopsYetToEmpty(fileIndex(files), { me: 'kari', cursors }, held)]

describe('laptopsYetToEmpty', () => {
  it('names a laptop whose answers were written before it had the erasure, while its newest file here has not shown it since', () => {
    expect(waiting([olaEdit()])).toEqual(['ola'])
  })

  it('lets the wait end when the laptop’s newer file shows it had the erasure, though its answers are still the older ones', () => {
    expect(waiting([olaEdit()], { ola: 2 })).toEqual([])
  })

  it('names nobody for answers written after their laptop had the erasure', () => {
    expect(waiting([{ written: { ts: 't31', installId: 'ola' }, erasures: [ERASURE] }], { ola: 1 })).toEqual([])
  })

  it('names nobody for this laptop’s own answers, nor for answers of a laptop that made the erasure itself', () => {
    // Kari's own edit in her file 2, before Per's erasure reached her: she knew whom it named.
    const files = [...FILES, file('kari', 2, 't45', 't45', { ola: 1 }), file('per', 1, 't40', 't40', {})]
    expect(waiting([{ written: { ts: 't45', installId: 'kari' }, erasures: [{ ts: 't40', installId: 'per' }] }], { ola: 1, per: 1 }, files)).toEqual([])
    expect(waiting([olaEdit([{ ts: 't15', installId: 'ola' }])])).toEqual([])
  })

  it('waits for an erasure of this laptop’s that no file holds yet (not yet sent)', () => {
    expect(waiting([{ written: { ts: 't31', installId: 'ola' }, erasures: [{ ts: 't50', installId: 'kari' }] }], { ola: 2 })).toEqual(['ola'])
  })

  it('does not wait for another laptop’s erasure that no known file holds (a snapshot from before file indexes): no file could ever show it seen', () => {
    expect(waiting([olaEdit([{ ts: 't60', installId: 'per' }])])).toEqual([])
  })

  it('waits while any one of the organisation’s erasures is unseen', () => {
    const perErased = { ts: 't40', installId: 'per' }
    const files = [...FILES, file('per', 1, 't40', 't40', {})]
    expect(waiting([olaEdit([perErased, ERASURE])], { ola: 1 }, files)).toEqual(['ola'])
    expect(waiting([olaEdit([ERASURE, perErased])], { ola: 2 }, files)).toEqual(['ola'])
    expect(waiting([olaEdit([ERASURE, perErased])], { ola: 3 }, [...files, file('ola', 3, 't41', 't41', { kari: 1, per: 1 })])).toEqual([])
  })

  it('judges answers whose stamp no known file holds by their laptop’s newest file', () => {
    const fromSnapshot = { written: { ts: 't25', installId: 'ola' }, erasures: [ERASURE] }
    expect(waiting([fromSnapshot], {})).toEqual(['ola'])
    expect(waiting([fromSnapshot], { ola: 2 })).toEqual([])
  })

  it('names each laptop once, whichever of its applications comes first', () => {
    const per = { written: { ts: 't40', installId: 'per' }, erasures: [ERASURE] }
    const files = [...FILES, file('per', 1, 't40', 't40', {})]
    expect(waiting([{ written: { ts: 't31', installId: 'ola' }, erasures: [ERASURE] }, olaEdit(), per, olaEdit()], { ola: 1, per: 1 }, files).sort()).toEqual(['ola', 'per'])
  })
})
