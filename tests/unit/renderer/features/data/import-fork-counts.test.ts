/**
 * The import preview follows a fork's choice at once (import-core's 'forks' request): Kari and Per
 * both gave the contact person the title "Daglig leder", each after moving them with their own merge.
 * With Per's later merge proposed, the contact is a question of its own (Kari's copy is newer and
 * names her survivor); with Kari's merge chosen it is no question, and stays as here. Nothing is
 * written before "Slå sammen", and what it writes is what the preview last showed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import type { Resolution } from '../../../../../renderer/domain/backup/plan'
import type { ImportReply } from '../../../../../renderer/features/data/import-core'
import { made } from '../../db-helpers'
import { forkStory, session } from './fork-story'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

const title = async ({ contact }: { contact: string }) => {
  await made(updatePerson(contact, { ...emptyPersonInput(), name: 'Kontakt Bygg as', title: 'Daglig leder', roles: ['klimakontakt'] }))
}

async function previewed() {
  const story = await forkStory({ per: title, kari: title })
  const ask = session()
  const first = await ask({ type: 'prepare', bytes: story.fromPer, databaseName: db().name, mode: 'merge', now: Date.now() })
  const plan = preview(first)
  const fork = plan.conflicts.find((c) => c.reason === 'merge-fork')
  if (!fork) throw new Error('no fork')
  const choose = async (...resolutions: [string, Resolution][]) => preview(await ask({ type: 'forks', resolutions, now: Date.now() }))
  return { ...story, ask, plan, fork: fork.key, choose }
}

function preview(reply: ImportReply | null) {
  if (reply?.type !== 'preview') throw new Error(`no preview: ${reply?.type}`)
  return reply.plan
}

/** What the people row of the preview's table says, and the questions listed. */
const shown = (plan: ReturnType<typeof preview>) => ({ people: plan.counts.people, questions: plan.conflicts.map((c) => `${c.table}/${c.reason}`).sort() })

describe('the import preview when the user picks the other merge of a fork', () => {
  it('counts the contact person as a question with Per’s merge, and as «Nyere her» at once with Kari’s', async () => {
    const { plan, fork, choose } = await previewed()
    expect(shown(plan)).toEqual({ people: expect.objectContaining({ conflicts: 1, keptLocal: 0 }), questions: ['organisations/merge-fork', 'people/both-changed'] })
    const kept = await choose([fork, 'local'])
    expect(shown(kept)).toEqual({ people: expect.objectContaining({ conflicts: 0, keptLocal: 1 }), questions: ['organisations/merge-fork'] })
    // Back to the proposal: the first preview again.
    expect(shown(await choose([fork, 'incoming']))).toEqual(shown(plan))
  })

  it('keeps the choice through a change of mode', async () => {
    const { ask, fork, choose } = await previewed()
    await choose([fork, 'local'])
    preview(await ask({ type: 'mode', mode: 'replace', resolutions: [[fork, 'local']], now: Date.now() }))
    const back = preview(await ask({ type: 'mode', mode: 'merge', resolutions: [[fork, 'local']], now: Date.now() }))
    expect(shown(back).people).toMatchObject({ conflicts: 0, keptLocal: 1 })
  })

  it('writes nothing while the user chooses', async () => {
    const { fork, choose } = await previewed()
    const before = await readAllTables()
    await choose([fork, 'local'])
    await choose([fork, 'incoming'])
    await choose([fork, 'local'])
    expect(await readAllTables()).toEqual(before)
  })

  it('writes with «Slå sammen» what the preview last showed: «Bygg as» and its contact with «Bygg AS», as here', async () => {
    const { a, b, c, contact, ask, fork, choose } = await previewed()
    await choose([fork, 'incoming'])
    const last = await choose([fork, 'local'])
    const kept = (await db().people.get(contact.id)) as object
    const done = await ask({ type: 'apply', resolutions: [[fork, 'local']], now: Date.now() })
    expect(done?.type).toBe('applied')
    expect(last.counts.people).toMatchObject({ conflicts: 0, keptLocal: 1, changed: 0 })
    expect(await db().people.get(contact.id)).toMatchObject({ ...kept, organisationId: a.id, updatedAt: expect.any(String) })
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(a.id)
    expect((await db().organisations.get(c.id))?.mergedInto).toBeUndefined()
  })
})
