/**
 * A merge import of an organisation merged into one emptied (issue 16: an emptied trash wins over
 * every edit) ends where sync ends for the same two histories: the duplicate emptied with its people,
 * status events and applications, its line in the ledger, one history entry «… slettet for godt …»
 * with the id and content sync writes (emptied-copy-entry.ts), and the survivor's own emptying entry
 * left alone. Each story is told once through a shared folder (Kari and Ola) and once by file (Kari,
 * synced, merges the file of Per's copy, made from her export and never synced: told-twice.ts).
 * Before, the import left KLIMA AS whole, name and notes, with no history entry, and moved a
 * duplicate's emptying entry onto its survivor, which then held two.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { emptiedCopyEntryId } from '../../../../../renderer/domain/backup/emptied-copy-entry'
import { made } from '../../db-helpers'
import { addApplication } from './application-stories'
import { org } from './memory-folder'
import { both, empty, fakeDateInEachTest, mergeInto, throughAFile as toldThroughAFile, throughTheFolder as toldThroughTheFolder, type Step, type Which } from './told-twice'

/** What KLIMA AS and klima as held, and the history quoted of them: gone once they are emptied. */
const VALUES = ['KLIMA AS', 'Ringes i januar', 'Godkjent av styret', 'Åse Grønn', 'ase@klima.no', 'klima as', 'Notat om C', 'Vi kutter utslipp']

type Seeded = { klima: string; dup: string; oslo: string; ase: string }

/** Klima AS, its duplicate KLIMA AS (a note, a status note, Åse, an application) and a second duplicate, klima as. */
async function seed(): Promise<Seeded> {
  const klima = await made(createOrganisation({ ...org('Klima AS'), website: 'klima.no' }))
  const dup = await made(createOrganisation({ ...org('KLIMA AS'), notes: 'Ringes i januar' }, { status: 'godkjent', date: '2026-01-10', note: 'Godkjent av styret' }))
  const oslo = await made(createOrganisation({ ...org('klima as'), notes: 'Notat om C' }))
  const ase = await made(addPerson(dup.id, { name: 'Åse Grønn', title: '', email: 'ase@klima.no', phone: '', roles: ['klimakontakt'] }))
  await addApplication(dup.id, ['Kontakt: Åse Grønn', 'Vi kutter utslipp fra KLIMA AS'])
  return { klima: klima.id, dup: dup.id, oslo: oslo.id, ase: ase.id }
}

const klima: Which<Seeded> = (s) => s.klima
const dup: Which<Seeded> = (s) => s.dup
const oslo: Which<Seeded> = (s) => s.oslo

/**
 * What the running laptop holds of the story, by name: each organisation, Åse, the status events'
 * and applications' texts, the ledger, and every emptying entry (who wrote it: `here` is Kari).
 */
async function outcome(s: Seeded) {
  const role = (id: unknown) => (id === s.klima ? 'Klima' : id === s.dup ? 'KLIMA' : id === s.oslo ? 'C' : id === s.ase ? 'Åse' : 'other')
  const here = (await db().device.get('this'))?.installId
  const organisation = async (id: string) => {
    const o = await db().organisations.get(id)
    return o && { name: o.name, notes: o.notes, erased: !!o.erasedAt, mergedInto: o.mergedInto && role(o.mergedInto) }
  }
  const p = await db().people.get(s.ase)
  const emptyings = (await db().auditLog.toArray())
    .filter((e) => e.action === 'erase' && e.table === 'organisations')
    .map((e) => ({
      about: role(e.entityId),
      sameIdAsSync: e.id === emptiedCopyEntryId(e.entityId),
      at: e.at,
      summary: e.summary,
      by: e.userName === 'Kari' ? 'here' : e.userName === '' ? '' : 'there',
      install: e.installId === here ? 'here' : e.installId === '' ? '' : 'there',
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  const history = JSON.stringify(await db().auditLog.toArray())
  return {
    organisations: { Klima: await organisation(s.klima), KLIMA: await organisation(s.dup), C: await organisation(s.oslo) },
    ase: p && { name: p.name, email: p.email, erased: !!p.erasedAt },
    statusNotes: (await db().statusEvents.toArray()).map((e) => e.note).sort(),
    answers: (await db().applications.toArray()).flatMap((a) => a.answers.map((x) => x.answer)),
    ledger: (await db().erasures.toArray()).filter((e) => e.table === 'organisations').map((e) => role(e.id)).sort(),
    emptyings,
    traces: VALUES.filter((v) => history.includes(v)),
  }
}

/** Kari at 10:10, Ola at 10:15; each laptop says `here` of its own install: the rest is the same on both. */
const throughTheFolder = (here: Step<Seeded>, there: Step<Seeded>) => toldThroughTheFolder(seed, outcome, here, there, { alike: (atKari, atOla) => ({ ...atKari, emptyings: atOla.emptyings }) })

/** Kari at 10:10, Per's copy at 10:15; at 10:25 Kari merges in Per's file. */
const throughAFile = (here: Step<Seeded>, there: Step<Seeded>) => toldThroughAFile(seed, outcome, here, there)

fakeDateInEachTest()

const EMPTIED = { name: '', notes: '', erased: true }

describe('a merge import of an organisation merged into one emptied ends as sync ends', () => {
  it('emptied here, merged in the file: the duplicate is emptied with one history entry, as sync writes it', async () => {
    const folder = await throughTheFolder(empty(klima), mergeInto(klima, dup))
    expect(folder.organisations.KLIMA).toEqual({ ...EMPTIED, mergedInto: 'Klima' })
    expect(folder.emptyings.filter((e) => e.about === 'KLIMA')).toEqual([expect.objectContaining({ sameIdAsSync: true, by: 'here' })])
    expect(await throughAFile(empty(klima), mergeInto(klima, dup))).toEqual(folder)
  })

  it('merged here, emptied in the file: the duplicate is emptied with one history entry, as sync writes it', async () => {
    const folder = await throughTheFolder(mergeInto(klima, dup), empty(klima))
    expect(folder.organisations.KLIMA).toEqual({ ...EMPTIED, mergedInto: 'Klima' })
    expect(folder.emptyings.filter((e) => e.about === 'KLIMA')).toEqual([expect.objectContaining({ sameIdAsSync: true, by: 'there' })])
    expect(await throughAFile(mergeInto(klima, dup), empty(klima))).toEqual(folder)
  })

  it('a chain made on both copies (klima as into KLIMA here, KLIMA into Klima there, Klima emptied here): both duplicates are emptied', async () => {
    const here = both(mergeInto(dup, oslo), empty(klima))
    const folder = await throughTheFolder(here, mergeInto(klima, dup))
    expect([folder.organisations.KLIMA?.erased, folder.organisations.C?.erased]).toEqual([true, true])
    expect(await throughAFile(here, mergeInto(klima, dup))).toEqual(folder)
  })

  it('a chain made in the file (klima as into KLIMA into Klima), Klima emptied here: both duplicates are emptied', async () => {
    const there = both(mergeInto(dup, oslo), mergeInto(klima, dup))
    const folder = await throughTheFolder(empty(klima), there)
    expect([folder.organisations.KLIMA?.erased, folder.organisations.C?.erased]).toEqual([true, true])
    expect(await throughAFile(empty(klima), there)).toEqual(folder)
  })

  it('leaves the survivor one emptying entry and the duplicate its own when the file merged, then emptied both', async () => {
    // The file's copy emptied Klima after merging KLIMA into it: emptying the trash wrote an entry about each.
    const folder = await throughTheFolder(async () => {}, both(mergeInto(klima, dup), empty(klima)))
    const count = (f: typeof folder) => ['Klima', 'KLIMA'].map((about) => f.emptyings.filter((e) => e.about === about).length)
    expect(count(folder)).toEqual([1, 1])
    const file = await throughAFile(async () => {}, both(mergeInto(klima, dup), empty(klima)))
    expect(count(file)).toEqual([1, 1])
    expect(file).toEqual(folder)
  })
})
