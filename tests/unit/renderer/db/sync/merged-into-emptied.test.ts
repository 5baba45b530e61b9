/**
 * An organisation merged, on a laptop that had not heard of it, into an organisation emptied
 * elsewhere (issue 16; the story of the random search's seed 1701361281). Ola merges KLIMA AS into
 * Klima AS; Per, not having seen the merge, empties Klima AS from the trash. On one laptop, in the
 * order merge-then-empty, emptying the trash empties the duplicates joined into it too (trash-repo
 * `copiesOf`): KLIMA AS keeps no name, its history and the history quoting it say «slettet
 * virksomhet». Before, the two made concurrently left KLIMA AS whole on every laptop, with the merge's
 * own entry «KLIMA AS ble slått sammen med Klima AS …». Now the laptop that sees the two together
 * empties it as the local order does, as its own change, so every laptop (and one joining from a
 * snapshot) ends as the local order, whichever order the files arrive in.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createLunch, inviteOrganisation } from '../../../../../renderer/db/repositories/lunches-repo'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync, synced, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

/** What KLIMA AS held and the history quoted of it: gone everywhere once it is emptied. */
const VALUES = ['KLIMA AS', 'Ringes i januar', 'Åse Grønn', 'ase@klima.no']

type Seed = { folder: MemoryFolder; kari: Laptop; ola: Laptop; per: Laptop; klima: string; dup: string; person: string; lunch: string }

/**
 * Klima AS and its duplicate KLIMA AS (with a note, a person, and a lunch that invited it), made on
 * Kari's laptop and synced to Ola's and Per's.
 */
async function seed(): Promise<Seed> {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const klima = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Klima AS', website: 'klima.no' }))
  const dup = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'KLIMA AS', notes: 'Ringes i januar' }, { status: 'godkjent', date: '2026-01-10', note: '' }))
  const person = await made(addPerson(dup.id, { ...emptyPersonInput(), name: 'Åse Grønn', email: 'ase@klima.no', roles: ['klimakontakt'] }))
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await made(inviteOrganisation(lunch.id, dup.id))
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  const per = await laptop(folder, 'Per')
  await sync(folder, per)
  return { folder, kari, ola, per, klima: klima.id, dup: dup.id, person: person.id, lunch: lunch.id }
}

const merge = async (s: Seed, l: Laptop) => {
  on(l)
  later()
  await made(mergeOrganisations(s.klima, s.dup))
}

const empty = async (s: Seed, l: Laptop) => {
  on(l)
  later()
  await trashOrganisation(s.klima)
  await emptyTrash()
}

/**
 * What laptop `l` holds of the story, without ids and times (they differ between runs): the two
 * organisations, the person, and every history entry that was there before the emptying, by what
 * it is about. (The emptying's own entry, one per organisation emptied, names nothing.)
 */
async function story(s: Seed, l: Laptop) {
  on(l)
  const role = (id: unknown) => (id === s.klima ? 'Klima' : id === s.dup ? 'KLIMA' : id === s.person ? 'person' : id === s.lunch ? 'lunch' : 'other')
  const org = async (id: string) => {
    const o = await db().organisations.get(id)
    return o && { name: o.name, orgNumber: o.orgNumber, website: o.website, notes: o.notes, deleted: !!o.deletedAt, erased: !!o.erasedAt, mergedInto: o.mergedInto && role(o.mergedInto) }
  }
  const p = await db().people.get(s.person)
  const history = (await db().auditLog.toArray())
    .filter((e) => e.action !== 'erase')
    .map((e) => ({ about: `${e.table} ${role(e.entityId)}`, action: e.action, summary: e.summary, changes: JSON.stringify(e.changes).replaceAll(s.klima, 'Klima').replaceAll(s.dup, 'KLIMA'), quoted: e.quotedOrganisations?.map(role) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  return { klima: await org(s.klima), dup: await org(s.dup), person: p && { name: p.name, email: p.email, organisation: role(p.organisationId), erased: !!p.erasedAt }, history }
}

async function entries(l: Laptop) {
  on(l)
  return db().auditLog.orderBy('id').toArray()
}

/** The local order: one laptop merges, then empties; the others learn of both. */
async function localOrder() {
  const s = await seed()
  await merge(s, s.ola)
  await empty(s, s.ola)
  for (let round = 0; round < 2; round++) for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
  return story(s, s.ola)
}

describe('an organisation merged into one emptied on a laptop that had not seen the merge', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends as in the local order (merge, then empty) on every laptop, whichever order the files arrive in', async () => {
    const expected = await localOrder()
    // The local order empties the merged record with its survivor (what this test holds the sync to).
    expect(expected.dup).toMatchObject({ name: '', notes: '', erased: true, mergedInto: 'Klima' })
    expect(expected.history.find((e) => e.about === 'organisations KLIMA' && e.action === 'delete')?.summary).toBe('slettet virksomhet')

    const orders = [
      ['Ola', 'Per', 'Kari'],
      ['Per', 'Ola', 'Kari'],
      ['Per', 'Kari', 'Ola'],
      ['Kari', 'Ola', 'Per'],
    ] as const
    for (const clock of ['the merge first', 'the emptying first'] as const) {
      for (const order of orders) {
        const s = await seed()
        if (clock === 'the merge first') {
          await merge(s, s.ola)
          await empty(s, s.per)
        } else {
          await empty(s, s.per)
          await merge(s, s.ola)
        }
        const byName = { Kari: s.kari, Ola: s.ola, Per: s.per }
        for (let round = 0; round < 2; round++) for (const name of order) await sync(s.folder, byName[name])

        const how = `${clock} by the clock, syncing ${order.join(', ')}`
        for (const l of [s.kari, s.ola, s.per]) expect(await story(s, l), `${how}: ${l.name}`).toEqual(expected)
        const [k, o, p] = await Promise.all([s.kari, s.ola, s.per].map(synced))
        expect(o, how).toEqual(k)
        expect(p, how).toEqual(k)
        expect(await entries(s.ola), how).toEqual(await entries(s.kari))
        expect(await entries(s.per), how).toEqual(await entries(s.kari))
        const leaks = [...s.folder.files.values()].flat().flatMap((f) => f.messages.filter((m) => VALUES.some((v) => JSON.stringify(m.value).includes(v))).map((m) => ({ by: f.userName, seq: f.seq, ...m })))
        expect(leaks, how).toEqual([])
      }
    }
  }, 120_000)

  it('ends as in the local order on a laptop that joins from a snapshot', async () => {
    const expected = await localOrder()
    const s = await seed()
    await merge(s, s.ola)
    await empty(s, s.per)
    for (const l of [s.ola, s.per, s.kari]) await sync(s.folder, l)
    const every = s.folder.snapshotEvery
    s.folder.snapshotEvery = 1
    await sync(s.folder, s.kari)
    s.folder.snapshotEvery = every
    expect(s.folder.snapshots.length).toBeGreaterThan(0)
    s.folder.pruneToSnapshot()
    const siv = await laptop(s.folder, 'Siv')
    for (let round = 0; round < 2; round++) for (const l of [siv, s.ola, s.per, s.kari]) await sync(s.folder, l)

    expect(await story(s, siv)).toEqual(expected)
    const [k, v] = await Promise.all([s.kari, siv].map(synced))
    expect(v).toEqual(k)
  }, 60_000)

  it('gives the survivor none of its own values back when a note had landed on it from the duplicate', async () => {
    const s = await seed()
    on(s.kari)
    later()
    await made(updateOrganisation(s.klima, { ...emptyOrganisationInput(), name: 'Klima AS', website: 'klima.no', notes: 'Eget notat om Klima' }))
    for (const l of [s.kari, s.ola, s.per]) await sync(s.folder, l)
    await merge(s, s.ola)
    await sync(s.folder, s.ola)
    // Kari, not having seen the merge, notes on KLIMA AS: it lands on Klima AS where the merge is known,
    // over Klima AS's own note (the cell keeps that one, to give back if the landing is taken back).
    on(s.kari)
    later()
    await made(updateOrganisation(s.dup, { ...emptyOrganisationInput(), name: 'KLIMA AS', notes: 'Ringes i mars' }))
    await sync(s.folder, s.kari)
    await sync(s.folder, s.ola)
    on(s.ola)
    expect((await db().organisations.get(s.klima))?.notes).toBe('Ringes i mars')
    // Per, who has seen neither, empties Klima AS.
    await empty(s, s.per)
    for (let round = 0; round < 2; round++) for (const l of [s.per, s.ola, s.kari]) await sync(s.folder, l)

    for (const l of [s.kari, s.ola, s.per]) {
      on(l)
      const klima = await db().organisations.get(s.klima)
      const dup = await db().organisations.get(s.dup)
      expect([klima?.notes, klima?.name, dup?.notes, dup?.name], l.name).toEqual(['', '', '', ''])
    }
    const [k, o, p] = await Promise.all([s.kari, s.ola, s.per].map(synced))
    expect(o).toEqual(k)
    expect(p).toEqual(k)
    expect(s.folder.text()).not.toContain('Eget notat om Klima')
    expect(s.folder.text()).not.toContain('Ringes i mars')
  }, 60_000)
})
