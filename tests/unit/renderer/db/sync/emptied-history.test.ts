/**
 * History moved into an organisation that is then emptied elsewhere, while a fork's later merge
 * moves it on to another survivor: every laptop ends with the same history. The property test found
 * it (seed 763037249): the laptop that anonymised the entries as its own change put the original
 * text back with the apply's own version of them, so it alone kept what the others had anonymised.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

/** Each step a few milliseconds later: which stamp is later is the story's, not the machine's speed. */
const later = () => vi.advanceTimersByTime(5)

async function history(l: Laptop) {
  on(l)
  return db().auditLog.orderBy('id').toArray()
}

describe('history of a record merged into an organisation emptied elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends the same on every laptop when a fork’s later merge moved it to another survivor', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const k = await made(createOrganisation(org('Klima AS')))
    const ola = await laptop(folder, 'Ola')
    const o = await made(createOrganisation(org('KLIMA AS')))
    const per = await laptop(folder, 'Per')
    const p = await made(createOrganisation(org('Klima as')))
    for (const l of [kari, ola, per, kari, ola]) await sync(folder, l)
    // Ola trashes O; Kari, not having seen it, merges K into O (K's history moves to O).
    on(ola)
    later()
    await trashOrganisation(o.id)
    on(kari)
    later()
    await made(mergeOrganisations(o.id, k.id))
    await sync(folder, kari)
    // Ola, not having pulled, merges K into P (later: the fork's merge that holds), then empties O.
    on(ola)
    later()
    await made(mergeOrganisations(p.id, k.id))
    // Kari trashes O too; then Ola empties his trash.
    on(kari)
    later()
    await trashOrganisation(o.id)
    on(ola)
    later()
    await emptyTrash()
    for (let round = 0; round < 3; round++) for (const l of [kari, ola, per]) await sync(folder, l)

    const [hk, ho, hp] = await Promise.all([kari, ola, per].map(history))
    expect(ho).toEqual(hk)
    expect(hp).toEqual(hk)
  })
})
