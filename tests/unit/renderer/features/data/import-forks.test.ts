/**
 * A fork through the Data page's import (import-core, in-thread): Kari merged "Bygg as" into "Bygg
 * AS" at 10:10; Per, from an earlier file, merged it into "BYGG AS" at 10:15. Kari imports Per's
 * file. The preview lists the fork in words; accepted as proposed, Per's later merge stands (as
 * before); with Kari's merge chosen, "Bygg as" and its contact person stay with "Bygg AS".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import type { Resolution } from '../../../../../renderer/domain/backup/plan'
import { forkStory as fork, session } from './fork-story'

async function importWith(fromPer: Uint8Array, choose: (key: string) => Resolution | null) {
  const ask = session()
  const preview = await ask({ type: 'prepare', bytes: fromPer, databaseName: db().name, mode: 'merge', now: Date.now() })
  if (preview?.type !== 'preview') throw new Error(`no preview: ${preview?.type}`)
  const forks = preview.plan.conflicts.filter((c) => c.reason === 'merge-fork')
  const resolutions: [string, Resolution][] = forks.flatMap((c) => {
    const side = choose(c.key)
    return side ? [[c.key, side] as [string, Resolution]] : []
  })
  const done = await ask({ type: 'apply', resolutions, now: Date.now() })
  expect(done?.type).toBe('applied')
  return { forks, questions: preview.plan.conflicts.length }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a fork through the import preview', () => {
  it('is listed in words, and accepted as proposed, Per’s later merge stands as before', async () => {
    const { a, b, c, contact, fromPer } = await fork()
    const { forks, questions } = await importWith(fromPer, () => null)
    // One question: the contact person both merges moved follows the merge that stands.
    expect(questions).toBe(1)
    expect(forks).toHaveLength(1)
    expect(forks[0]).toMatchObject({ newer: 'incoming', local: { name: 'Bygg as' } })
    expect(forks[0]?.fork).toMatchObject({ local: { survivorId: a.id, survivor: 'Bygg AS', by: 'Kari' }, incoming: { survivorId: c.id, survivor: 'BYGG AS', by: 'Per' } })
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(c.id)
    expect((await db().people.get(contact.id))?.organisationId).toBe(c.id)
  })

  it('with Kari’s merge chosen, keeps “Bygg as” and its contact person with “Bygg AS”', async () => {
    const { a, b, contact, fromPer } = await fork()
    await importWith(fromPer, () => 'local')
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(a.id)
    expect((await db().people.get(contact.id))?.organisationId).toBe(a.id)
  })
})
