/**
 * A survivor that took a landed edit and was then merged away itself (issue 16): Kari merges B into
 * A; Per, not having seen that, types a note on B; it lands on A at Kari's. Then A is merged into C.
 * Every laptop must end with the same data (the property test's first check), the merged-away A's
 * hidden fields included, and C must hold what the merge into it chose (it saw the note).
 */
import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../../../../renderer/db/models'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { made } from '../../db-helpers'
import { on, sync, synced, threeDuplicates } from './memory-folder'


/** "Bygg AS" three times on Kari's, Ola's and Per's laptops. */
async function threeTimes() {
  const { folder, laptops: [kari, ola, per], a, b, c } = await threeDuplicates('Kari', 'Ola', 'Per')
  return { folder, kari, ola, per, a, b, c }
}

/** Every laptop shows `notes` on `id`, and all three hold the same data, hidden fields included. */
async function sameEverywhere(s: Awaited<ReturnType<typeof threeTimes>>, id: string, notes: string | undefined) {
  for (const l of [s.kari, s.ola, s.per]) {
    on(l)
    expect((await getOrganisation(id))?.notes, l.name).toBe(notes)
  }
  const [k, o, p] = await Promise.all([s.kari, s.ola, s.per].map(synced))
  expect(o).toEqual(k)
  expect(p).toEqual(k)
}

/** Kari merges B into A; Per, not having seen it, notes on B; Kari receives the note (it lands on A). */
async function landedOnA() {
  const s = await threeTimes()
  on(s.kari)
  await made(mergeOrganisations(s.a.id, s.b.id))
  await sync(s.folder, s.kari)
  on(s.per)
  const o = (await getOrganisation(s.b.id)) as Organisation
  await made(updateOrganisation(s.b.id, { ...emptyOrganisationInput(), name: o.name, notes: 'Ringes i januar' }))
  await sync(s.folder, s.per)
  await sync(s.folder, s.kari)
  on(s.kari)
  expect((await getOrganisation(s.a.id))?.notes).toBe('Ringes i januar')
  return s
}

describe('a survivor that took a landed edit and was then merged away itself', () => {
  it('merged away by the laptop it landed on: every laptop holds the same, and C keeps what that merge chose', async () => {
    const s = await landedOnA()
    // Kari merges A into C: she saw Per's note on A, and what the merge chose stands.
    on(s.kari)
    await made(mergeOrganisations(s.c.id, s.a.id))
    const chosen = (await getOrganisation(s.c.id))?.notes
    for (const l of [s.kari, s.ola, s.per, s.kari, s.ola]) await sync(s.folder, l)
    await sameEverywhere(s, s.c.id, chosen)
  })

  it('merged away by a laptop that had the note on A: the same', async () => {
    const s = await landedOnA()
    // Ola receives Kari's merge and Per's note (on A at hers too), then merges A into C.
    await sync(s.folder, s.ola)
    on(s.ola)
    expect((await getOrganisation(s.a.id))?.notes).toBe('Ringes i januar')
    await made(mergeOrganisations(s.c.id, s.a.id))
    const chosen = (await getOrganisation(s.c.id))?.notes
    for (const l of [s.ola, s.per, s.kari, s.ola, s.per]) await sync(s.folder, l)
    await sameEverywhere(s, s.c.id, chosen)
  })

  it('merged away by a laptop that had the note on A, keeping C’s own empty notes: the note stays off C everywhere (that merge weighed it)', async () => {
    const s = await landedOnA()
    await sync(s.folder, s.ola)
    on(s.ola)
    await made(mergeOrganisations(s.c.id, s.a.id, { notes: 'survivor' }))
    for (const l of [s.ola, s.per, s.kari, s.ola, s.per]) await sync(s.folder, l)
    await sameEverywhere(s, s.c.id, '')
  })

  it('merged into a C with notes of its own, which the merge keeps: they stay on C everywhere (the merge weighed the note)', async () => {
    const s = await threeTimes()
    on(s.kari)
    const c = (await getOrganisation(s.c.id)) as Organisation
    await made(updateOrganisation(s.c.id, { ...emptyOrganisationInput(), name: c.name, notes: 'Kanskje' }))
    await made(mergeOrganisations(s.a.id, s.b.id))
    await sync(s.folder, s.kari)
    // Per notes on B, later by the clock than Kari's notes on C, not having seen her merge.
    on(s.per)
    const b = (await getOrganisation(s.b.id)) as Organisation
    await made(updateOrganisation(s.b.id, { ...emptyOrganisationInput(), name: b.name, notes: 'Ringes i januar' }))
    for (const l of [s.per, s.kari, s.ola]) await sync(s.folder, l)
    on(s.ola)
    expect((await getOrganisation(s.a.id))?.notes).toBe('Ringes i januar')
    await made(mergeOrganisations(s.c.id, s.a.id))
    expect((await getOrganisation(s.c.id))?.notes).toBe('Kanskje')
    for (const l of [s.ola, s.per, s.kari, s.ola, s.per]) await sync(s.folder, l)
    await sameEverywhere(s, s.c.id, 'Kanskje')
  })

  it('merged away by a laptop that had not seen the note: it lands on C everywhere, and every laptop holds the same', async () => {
    const s = await landedOnA()
    // Ola has Kari's merge only (Per's note had not reached the folder when she synced).
    on(s.ola)
    const perFiles = s.folder.files.get(s.per.installId)
    s.folder.files.delete(s.per.installId)
    await sync(s.folder, s.ola)
    if (perFiles) s.folder.files.set(s.per.installId, perFiles)
    await made(mergeOrganisations(s.c.id, s.a.id))
    for (const l of [s.ola, s.per, s.kari, s.ola, s.per]) await sync(s.folder, l)
    await sameEverywhere(s, s.c.id, 'Ringes i januar')
  })

  it('the same record merged into the same survivor on two laptops, only the later merge having seen the note: it stays off A everywhere', async () => {
    const s = await threeTimes()
    // Kari merges B into A, not having seen Per's note on B (made after her merge, by the clock).
    on(s.kari)
    await made(mergeOrganisations(s.a.id, s.b.id))
    on(s.per)
    const b = (await getOrganisation(s.b.id)) as Organisation
    await made(updateOrganisation(s.b.id, { ...emptyOrganisationInput(), name: b.name, notes: 'Ringes i januar' }))
    await sync(s.folder, s.per)
    // Ola has Per's note (not Kari's merge, not yet in the folder) and merges B into A too, keeping A's own (empty) notes: she weighed the note.
    await sync(s.folder, s.ola)
    on(s.ola)
    await made(mergeOrganisations(s.a.id, s.b.id, { notes: 'survivor' }))
    // Per gets Kari's merge first (the note lands on A), then Ola's later one, which had seen it.
    for (const l of [s.kari, s.per]) await sync(s.folder, l)
    on(s.per)
    expect((await getOrganisation(s.a.id))?.notes).toBe('Ringes i januar')
    for (const l of [s.ola, s.per, s.kari, s.ola]) await sync(s.folder, l)
    await sameEverywhere(s, s.a.id, '')
  })
})
