/**
 * A history entry anonymised on arrival keeps the ids of the organisations it quoted (issue 16), as
 * the erasing laptop's own anonymisation does (erasure-ledger `anonymisedIfAbout`,
 * `quotedOrganisations`). Per puts Kari Sámi of Havbris AS on a lunch as «Styreleder i Grønn Kraft
 * AS», an organisation only Kari's laptop knows yet. Kari empties Havbris AS from the trash (Kari
 * Sámi is erased with it), then empties Grønn Kraft AS. Where the entry was on Kari's laptop before
 * the first emptying, it said «slettet person» keeping Grønn Kraft AS's id, and so «slettet
 * virksomhet» after the second. Where it arrived after the first emptying it was anonymised on
 * arrival with no ids, the second emptying no longer found it, and every laptop ended with
 * «slettet person». Now the ids kept on arrival travel as Kari's change, and both orders end alike.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { newId } from '../../../../../renderer/db/repositories/base'
import { createLunch, updateLunch } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

const emptyOrganisation = async (id: string) => {
  later()
  await trashOrganisation(id)
  await emptyTrash()
}

async function entries(l: Laptop) {
  on(l)
  return db().auditLog.orderBy('id').toArray()
}

/**
 * Havbris AS and Kari Sámi, and a lunch, on all three laptops; Grønn Kraft AS on Ola's only; the
 * host entry written on Per's and in the folder, then Havbris AS emptied on Kari's. `first`: whether
 * Ola pulls the entry before the emptying (his own anonymisation) or with it (on arrival).
 */
async function story(first: 'the entry' | 'the emptying') {
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const havbris = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
  await made(addPerson(havbris.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
  const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  const per = await laptop(folder, 'Per')
  await sync(folder, per)
  on(ola)
  later()
  const gronn = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Grønn Kraft AS', orgNumber: '923456783' }))
  on(per)
  later()
  await updateLunch(lunch.id, { lunch: { hosts: [{ id: newId(), name: 'Kari Sámi', title: 'Styreleder i Grønn Kraft AS' }] } }, 'Vert Kari Sámi lagt til')
  const entry = (await db().auditLog.filter((e) => e.summary === 'Vert Kari Sámi lagt til').first())?.id as string
  await sync(folder, per)
  if (first === 'the entry') await sync(folder, ola)
  on(kari)
  await emptyOrganisation(havbris.id)
  await sync(folder, kari)
  await sync(folder, ola)
  on(ola)
  const anonymised = await db().auditLog.get(entry)
  return { folder, kari, ola, per, gronn: gronn.id, entry, anonymised }
}

/** The entry on `l`, with Grønn Kraft AS's id as a name (ids differ between runs). */
async function entryOn(l: Laptop, s: { entry: string; gronn: string }) {
  on(l)
  const e = await db().auditLog.get(s.entry)
  return { summary: e?.summary, changes: e?.changes, quoted: e?.quotedOrganisations?.map((id) => (id === s.gronn ? 'Grønn Kraft AS' : id)) }
}

describe('an entry anonymised on arrival', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps the ids of the organisations it quotes, as the local anonymisation does', async () => {
    const local = await story('the entry')
    const arrived = await story('the emptying')
    expect(local.anonymised?.quotedOrganisations).toEqual([local.gronn])
    expect(arrived.anonymised?.summary).toBe('slettet person')
    expect(arrived.anonymised?.quotedOrganisations).toEqual([arrived.gronn])
  })

  it('says «slettet virksomhet» on every laptop once the quoted organisation is emptied too, as in the local order', async () => {
    const orders = [
      ['Kari', 'Ola', 'Per'],
      ['Per', 'Ola', 'Kari'],
      ['Ola', 'Per', 'Kari'],
    ] as const
    const localEnds = new Map<string, unknown>()
    for (const first of ['the entry', 'the emptying'] as const) {
      for (const order of orders) {
        const s = await story(first)
        on(s.ola)
        await emptyOrganisation(s.gronn)
        const byName = { Kari: s.kari, Ola: s.ola, Per: s.per }
        for (let round = 0; round < 3; round++) for (const name of order) await sync(s.folder, byName[name])

        const how = `${first} first on Ola's laptop, syncing ${order.join(', ')}`
        // The local order's end, and this order's: the same.
        if (first === 'the entry') localEnds.set(order.join(), await entryOn(s.ola, s))
        expect(localEnds.get(order.join()), how).toEqual({ summary: 'slettet virksomhet', changes: {}, quoted: ['Grønn Kraft AS'] })
        for (const l of [s.kari, s.ola, s.per]) expect(await entryOn(l, s), `${how}: ${l.name}`).toEqual(localEnds.get(order.join()))
        expect(await entries(s.ola), how).toEqual(await entries(s.kari))
        expect(await entries(s.per), how).toEqual(await entries(s.kari))
        // (The lunch itself keeps its host's title as written: only the history forgets.)
        const history = [...s.folder.files.values()].flat().flatMap((f) => f.messages.filter((m) => m.table === 'auditLog'))
        expect(JSON.stringify(history), how).not.toContain('Grønn Kraft')
      }
    }
  }, 120_000)

  it('keeps «slettet virksomhet» on the author, who never knew the organisation, when it learns of both emptyings at once', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const havbris = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Havbris AS' }))
    await made(addPerson(havbris.id, { name: 'Kari Sámi', title: '', email: 'kari@havbris.no', phone: '', roles: ['toppleder'] }))
    const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    await sync(folder, kari)
    const per = await laptop(folder, 'Per')
    await sync(folder, per)
    on(kari)
    later()
    const gronn = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Grønn Kraft AS', orgNumber: '923456783' }))
    on(per)
    later()
    await updateLunch(lunch.id, { lunch: { hosts: [{ id: newId(), name: 'Kari Sámi', title: 'Styreleder i Grønn Kraft AS' }] } }, 'Vert Kari Sámi lagt til')
    const entry = (await db().auditLog.filter((e) => e.summary === 'Vert Kari Sámi lagt til').first())?.id as string
    await sync(folder, per)
    // Kari has the entry, empties Havbris AS (it keeps Grønn Kraft AS's id), then Grønn Kraft AS, whose
    // name her files then no longer hold: Per, who never saw it, cannot find it in the entry's text.
    await sync(folder, kari)
    on(kari)
    await emptyOrganisation(havbris.id)
    await emptyOrganisation(gronn.id)
    for (let round = 0; round < 3; round++) for (const l of [kari, per]) await sync(folder, l)

    const s = { entry, gronn: gronn.id }
    for (const l of [kari, per]) expect(await entryOn(l, s), l.name).toEqual({ summary: 'slettet virksomhet', changes: {}, quoted: ['Grønn Kraft AS'] })
    expect(await entries(per)).toEqual(await entries(kari))
  }, 60_000)
})
