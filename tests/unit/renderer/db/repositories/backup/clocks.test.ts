import { describe, expect, it } from 'vitest'
import { applyImport, readAllTables } from '../../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../../renderer/db/repositories/base'
import { buildEnvelope, type Envelope, type Row } from '../../../../../../renderer/domain/backup/envelope'
import { CLOCK_SLACK_MS, planImport, sharedSince, type ImportMode } from '../../../../../../renderer/domain/backup/plan'
import { freshDatabase } from '../../../db-helpers'
import { applied } from './pipeline'
import { organisation, uuidN } from '../../../domain/backup/seed'

const SHARED = uuidN(1_000)
const EXPORTED = '2026-11-25T10:00:00.000Z'
const NOW = '2026-11-28T10:00:00.000Z'
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString()

/** Both copies saw the export SHARED at `since`; the file was exported at EXPORTED. */
function scene(local: Row[], incoming: Row[], since = '2026-11-05T00:00:00.000Z') {
  const point = { id: SHARED, at: since, installId: 'a' }
  const envelope: Envelope = buildEnvelope(
    { exportId: uuidN(2_000), exportedAt: EXPORTED, appVersion: '1', installId: 'b' },
    { organisations: incoming, syncLog: [point] },
  )
  return { envelope, local: { organisations: local, syncLog: [point] } }
}
const plan = (local: Row[], incoming: Row[], mode: ImportMode = 'merge', since?: string) => {
  const s = scene(local, incoming, since)
  return planImport(s.envelope, s.local, mode, { now: NOW })
}

describe('timestamps compare as instants, not as text', () => {
  it('keeps the local row when the file’s “+02:00” stamp sorts later as text but is earlier in time', () => {
    const mine = organisation('Her AS', { updatedAt: '2026-11-04T23:30:00.000Z' })
    // 01:00 at +02:00 is 23:00 the day before in UTC: older than both the local edit and the shared export.
    const theirs = { ...mine, name: 'Der AS', updatedAt: '2026-11-05T01:00:00+02:00' }
    const p = plan([mine], [theirs])
    expect(p.counts.organisations).toMatchObject({ keptLocal: 1, changed: 0, conflicts: 0 })
    expect(p.kept.organisations).toEqual([mine])
  })

  it('takes the file’s row when its “+02:00” stamp is later in time though earlier as text', () => {
    const mine = organisation('Her AS', { updatedAt: '2026-11-04T23:30:00.000Z' })
    const theirs = { ...mine, name: 'Der AS', updatedAt: '2026-11-05T09:00:00+08:00' }
    expect(plan([mine], [theirs]).puts.organisations).toEqual([theirs])
  })

  it('finds the last shared export by instant', () => {
    const a = { id: uuidN(1), at: '2026-11-05T01:00:00+02:00' }
    const b = { id: uuidN(2), at: '2026-11-04T23:30:00.000Z' }
    expect(sharedSince([a, b], [a, b])).toBe(b.at)
    expect(sharedSince([a], [b])).toBe('')
  })
})

describe('a clock that looks wrong never wins by its stamp', () => {
  it('shows a row stamped more than a day after the file’s export as a conflict, proposing the local one, even where it would otherwise win', () => {
    const mine = organisation('Her AS', { updatedAt: '2026-11-01T10:00:00.000Z' })
    const theirs = { ...mine, name: 'Der AS', updatedAt: '2031-01-01T00:00:00.000Z' }
    const p = plan([mine], [theirs])
    expect(p.counts.organisations).toMatchObject({ conflicts: 1, changed: 0 })
    expect(p.conflicts).toEqual([{ key: `organisations/${String(mine.id)}`, table: 'organisations', id: mine.id, local: mine, incoming: theirs, newer: 'local', reason: 'incoming-clock' }])
    expect(p.clock).toEqual({ incomingAhead: 1, localAhead: 0 })
  })

  it('draws the line at exactly one day after the export', () => {
    const mine = organisation('Her AS', { updatedAt: '2026-11-01T10:00:00.000Z' })
    const onTheLine = { ...mine, name: 'Der AS', updatedAt: shift(EXPORTED, CLOCK_SLACK_MS) }
    expect(plan([mine], [onTheLine]).counts.organisations).toMatchObject({ changed: 1, conflicts: 0 })
    const past = { ...onTheLine, updatedAt: shift(EXPORTED, CLOCK_SLACK_MS + 1) }
    expect(plan([mine], [past]).counts.organisations).toMatchObject({ changed: 0, conflicts: 1 })
  })

  it('shows a local row stamped more than a day ahead of now as a conflict, proposing the file’s', () => {
    const mine = organisation('Her AS', { updatedAt: shift(NOW, CLOCK_SLACK_MS + 1) })
    const theirs = { ...mine, name: 'Der AS', updatedAt: '2026-11-20T10:00:00.000Z' }
    const p = plan([mine], [theirs])
    expect(p.conflicts.map((c) => [c.reason, c.newer])).toEqual([['local-clock', 'incoming']])
    expect(p.clock).toEqual({ incomingAhead: 0, localAhead: 1 })
    const notYet = { ...mine, updatedAt: shift(NOW, CLOCK_SLACK_MS) }
    const onTheLine = plan([notYet], [theirs])
    expect(onTheLine.conflicts.map((c) => c.reason)).toEqual(['both-changed'])
    expect(onTheLine.clock.localAhead).toBe(0)
  })

  it('counts new and replaced rows from a wrong clock, but not identical ones nor the audit log', () => {
    const future = '2031-01-01T00:00:00.000Z'
    const same = organisation('Lik AS', { updatedAt: future })
    const fresh = organisation('Ny AS', { updatedAt: future })
    const mine = organisation('Her AS')
    const theirs = { ...mine, name: 'Der AS', updatedAt: future }
    const merged = plan([same, mine], [same, fresh, theirs])
    expect(merged.clock.incomingAhead).toBe(2)
    expect(merged.counts.organisations).toMatchObject({ added: 1, identical: 1, conflicts: 1 })
    // Replace has no conflicts: the file replaces everything, and the preview warns about the clock.
    const replaced = plan([same, mine], [same, fresh, theirs], 'replace')
    expect(replaced.conflicts).toEqual([])
    expect(replaced.clock.incomingAhead).toBe(2)
  })

  it('writes the proposed side, or the chosen one, stamped now, so the wrong stamp is gone', async () => {
    setClock(() => new Date(NOW))
    const mine = organisation('Her AS', { updatedAt: '2026-11-01T10:00:00.000Z' })
    const theirs = { ...mine, name: 'Der AS', updatedAt: '2031-01-01T00:00:00.000Z' }
    for (const [resolution, name] of [[undefined, 'Her AS'], ['incoming', 'Der AS']] as const) {
      const database = await freshDatabase()
      await database.organisations.put(mine as never)
      const s = scene([mine], [theirs])
      await database.syncLog.bulkPut(s.local.syncLog as never[])
      const p = planImport(s.envelope, await readAllTables(), 'merge', { now: NOW })
      await applied(applyImport(p, new Map(resolution ? [[`organisations/${String(mine.id)}`, resolution]] : [])))
      expect(await database.organisations.get(String(mine.id))).toMatchObject({ name, updatedAt: NOW })
    }
  })
})
