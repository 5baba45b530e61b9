/**
 * A merge import of an application held under different organisations on the two copies (issue 16)
 * ends where sync ends for the same two histories: the same stories told once through a shared
 * folder (Kari and Ola) and once by file (Kari, synced, merges the file of Per's copy, made from her
 * export and never synced: file-copies.ts). What each ends with is compared by name: which
 * organisation holds each application, its answers, and which applications are a question.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, useDatabase } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import type { Organisation, Person } from '../../../../../renderer/db/models'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { localFieldTimes } from '../../../../../renderer/db/repositories/sync-import-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { addApplication } from './application-stories'
import { at, exportHere, perFrom, readBack } from './file-copies'
import { laptop, MemoryFolder, on, org, sync, type Laptop } from './memory-folder'

const SIRI = { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@fjordlys.no', phone: '+47 912 34 567', roles: ['toppleder' as const] }
const ANSWERS = ['Kontaktperson: Siri Berg', 'Ring +47 912 34 567', 'Vi kutter utslipp fra transport']

/** Fjordlys (with Siri, its leader), a duplicate of it, Bygg, and Fjordlys' application, made on the running laptop. */
type Seeded = { fjordlys: Organisation; duplicate: Organisation; bygg: Organisation; siri: Person; application: Application }

async function seed(): Promise<Seeded> {
  const fjordlys = await made(createOrganisation(org('Fjordlys Energi AS')))
  const bygg = await made(createOrganisation(org('Bygg AS')))
  const siri = await made(addPerson(fjordlys.id, SIRI))
  const duplicate = await made(createOrganisation(org('FJORDLYS ENERGI AS')))
  const application = await addApplication(fjordlys.id, ANSWERS)
  return { fjordlys, duplicate, bygg, siri, application }
}

/** One laptop's change in a story, on the running laptop. */
type Step = (s: Seeded) => Promise<void>

/** The application moved to another organisation (its form answered for the wrong one, say). */
const moveTo = (to: (s: Seeded) => Organisation): Step => async (s) => {
  const a = (await db().applications.get(s.application.id)) as Application
  await db().applications.put({ ...a, organisationId: to(s).id, updatedAt: nowIso() })
}
const mergeInto = (survivor: (s: Seeded) => Organisation, away: (s: Seeded) => Organisation): Step => async (s) => {
  await made(mergeOrganisations(survivor(s).id, away(s).id))
}
const empty = (which: (s: Seeded) => Organisation): Step => async (s) => {
  await trashOrganisation(which(s).id)
  await emptyTrash()
}
const eraseSiri: Step = async (s) => {
  await erasePerson(s.siri.id)
}

/** What the user sees of the application on the running laptop, by name; `questions`: the applications asked about. */
async function outcome(questions: number) {
  const names = new Map((await db().organisations.toArray()).map((o) => [o.id, o]))
  const [a] = (await db().applications.toArray()) as Application[]
  const holder = names.get(String(a?.organisationId))
  return { organisation: holder?.erasedAt ? '(tømt)' : holder?.name, answers: a?.answers.map((x) => x.answer), source: a?.source, questions }
}

type Seen = Awaited<ReturnType<typeof outcome>>

/** When each laptop makes its change (minutes past 10): Kari first unless told. */
type Times = readonly [here: number, there: number]

/** Kari at 10:10, Ola at 10:15, neither having seen the other's change; then both sync until they agree. */
async function throughTheFolder(here: Step, there: Step, [hereAt, thereAt]: Times = [10, 15]) {
  at(0)
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const s = await seed()
  await sync(folder, kari)
  const ola = await laptop(folder, 'Ola')
  await sync(folder, ola)
  on(kari)
  at(hereAt)
  await here(s)
  on(ola)
  at(thereAt)
  await there(s)
  for (const l of [kari, ola, kari, ola]) await sync(folder, l)
  const seen = []
  for (const l of [kari, ola] as Laptop[]) {
    on(l)
    const open = (await db().syncConflicts.toArray()).filter((c) => c.table === 'applications' && !c.settledAt)
    seen.push(await outcome(new Set(open.map((c) => c.row)).size))
  }
  const [atKari, atOla] = seen as [Seen, Seen]
  expect(atOla).toEqual(atKari)
  return atKari
}

/** The same changes on Kari's synced laptop (10:10) and Per's copy (10:15), made from her file at 10:05; at 10:25 Kari merges in Per's file. */
async function throughAFile(here: Step, there: Step, [hereAt, thereAt]: Times = [10, 15]) {
  at(0)
  const kari = await laptop(new MemoryFolder(), 'Kari')
  const s = await seed()
  at(5)
  const per = await perFrom(await exportHere())
  on(kari)
  at(hereAt)
  await here(s)
  useDatabase(per)
  at(thereAt)
  await there(s)
  at(20)
  const fromPer = await exportHere()
  on(kari)
  at(25)
  const plan = planImport(await readBack(fromPer), await readAllTables(), 'merge', { now: nowIso() })
  expect(plan.problems).toEqual([])
  const byField = mergeConflictsByField(plan, await localFieldTimes(plan))
  await applied(applyImport(byField, new Map()))
  const conflicts = byField.conflicts.filter((c) => c.table === 'applications')
  return { seen: await outcome(new Set(conflicts.map((c) => c.id)).size), conflicts, asked: plan.conflicts.filter((c) => c.table === 'applications') }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

const fjordlys = (s: Seeded) => s.fjordlys
const bygg = (s: Seeded) => s.bygg
const duplicate = (s: Seeded) => s.duplicate

describe('a merge import of an application held under different organisations ends as sync ends', () => {
  it('emptied here, moved to another organisation in the file: it lands there emptied, with no question', async () => {
    const folder = await throughTheFolder(empty(fjordlys), moveTo(bygg))
    expect(folder).toEqual({ organisation: 'Bygg AS', answers: ['', '', ''], source: '', questions: 0 })
    expect((await throughAFile(empty(fjordlys), moveTo(bygg))).seen).toEqual(folder)
  })

  it('emptied here, merged into its duplicate in the file: it lands on the survivor emptied, with no question', async () => {
    const folder = await throughTheFolder(empty(fjordlys), mergeInto(duplicate, fjordlys))
    expect(folder).toEqual({ organisation: 'FJORDLYS ENERGI AS', answers: ['', '', ''], source: '', questions: 0 })
    expect((await throughAFile(empty(fjordlys), mergeInto(duplicate, fjordlys))).seen).toEqual(folder)
  })

  it('someone erased here, moved to another organisation in the file: the answers naming them are emptied there, with no question', async () => {
    const folder = await throughTheFolder(eraseSiri, moveTo(bygg))
    expect(folder).toEqual({ organisation: 'Bygg AS', answers: ['', '', ANSWERS[2]], source: 'skjema.xlsx', questions: 0 })
    expect((await throughAFile(eraseSiri, moveTo(bygg))).seen).toEqual(folder)
  })

  it('moved here, someone erased in the file: the question is only where it belongs, and neither side of it names them', async () => {
    const folder = await throughTheFolder(moveTo(bygg), eraseSiri)
    expect(folder.answers).toEqual(['', '', ANSWERS[2]])
    const { conflicts, asked } = await throughAFile(moveTo(bygg), eraseSiri)
    // The file's row was last changed by the erasure: whether the file moved it too, its stamp cannot
    // tell, so the organisation is a question (sync, knowing each field's clock, asks none). A laptop
    // that does not sync asks about the whole row: neither side of that question names Siri either.
    const sides = (list: typeof asked) => list.map((c) => [c.local.organisationId === c.incoming.organisationId, ...[c.local, c.incoming].map((r) => (r.answers as { answer: string }[]).map((x) => x.answer))])
    expect(sides(conflicts)).toEqual([[false, folder.answers, folder.answers]])
    expect(sides(asked)).toEqual([[false, folder.answers, folder.answers]])
  })

  it('moved here after the file’s copy emptied its organisation: it stays where this laptop moved it, emptied, with no question', async () => {
    const folder = await throughTheFolder(moveTo(bygg), empty(fjordlys), [20, 15])
    expect(folder).toEqual({ organisation: 'Bygg AS', answers: ['', '', ''], source: '', questions: 0 })
    expect((await throughAFile(moveTo(bygg), empty(fjordlys), [20, 15])).seen).toEqual(folder)
  })

  it('moved here before the file’s copy emptied its organisation: where it belongs is a question, and neither side holds an answer', async () => {
    const folder = await throughTheFolder(moveTo(bygg), empty(fjordlys))
    expect(folder).toEqual({ organisation: 'Bygg AS', answers: ['', '', ''], source: '', questions: 0 })
    const { conflicts, asked } = await throughAFile(moveTo(bygg), empty(fjordlys))
    // The file's stamp is the emptying's: whether its copy moved the application too, it cannot tell.
    for (const list of [conflicts, asked]) {
      expect(list.map((c) => [c.local.organisationId === c.incoming.organisationId, c.local.source, c.incoming.source, ...[c.local, c.incoming].map((r) => (r.answers as { answer: string }[]).map((x) => x.answer))])).toEqual([[false, '', '', folder.answers, folder.answers]])
    }
  })
})
