/**
 * A merge import of an application held under different organisations on the two copies (issue 16)
 * ends where sync ends for the same two histories: the same stories told once through a shared
 * folder (Kari and Ola) and once by file (Kari, synced, merges the file of Per's copy, made from her
 * export and never synced: told-twice.ts). What each ends with is compared by name: which
 * organisation holds each application, its answers, and which applications are a question.
 */
import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import type { Organisation, Person } from '../../../../../renderer/db/models'
import { nowIso } from '../../../../../renderer/db/repositories/base'
import { createOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { addApplication } from './application-stories'
import { org } from './memory-folder'
import { empty, fakeDateInEachTest, mergeInto, throughAFile as toldThroughAFile, throughTheFolder as toldThroughTheFolder, type Merged, type Step, type Times, type Which } from './told-twice'

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

/** The application moved to another organisation (its form answered for the wrong one, say). */
const moveTo = (to: Which<Seeded>): Step<Seeded> => async (s) => {
  const a = (await db().applications.get(s.application.id)) as Application
  await db().applications.put({ ...a, organisationId: to(s), updatedAt: nowIso() })
}
const eraseSiri: Step<Seeded> = async (s) => {
  await erasePerson(s.siri.id)
}

/** What the user sees of the application on the running laptop, by name; `questions`: the applications asked about. */
async function outcome(questions: number) {
  const names = new Map((await db().organisations.toArray()).map((o) => [o.id, o]))
  const [a] = (await db().applications.toArray()) as Application[]
  const holder = names.get(String(a?.organisationId))
  return { organisation: holder?.erasedAt ? '(tømt)' : holder?.name, answers: a?.answers.map((x) => x.answer), source: a?.source, questions }
}

/** The applications a sync conflict still asks about on the running laptop. */
async function openQuestions() {
  const open = (await db().syncConflicts.toArray()).filter((c) => c.table === 'applications' && !c.settledAt)
  return new Set(open.map((c) => c.row)).size
}

/** Kari (by default at 10:10) and Ola (10:15): what each sees, with the questions sync left open. */
const throughTheFolder = (here: Step<Seeded>, there: Step<Seeded>, times?: Times) => toldThroughTheFolder(seed, async () => outcome(await openQuestions()), here, there, { times })

/** What Kari sees after the merge, with the applications it asks about; `asked`: as the plan asked before the field rule. */
async function merged(_: Seeded, { plan, byField }: Merged) {
  const conflicts = byField.conflicts.filter((c) => c.table === 'applications')
  return { seen: await outcome(new Set(conflicts.map((c) => c.id)).size), conflicts, asked: plan.conflicts.filter((c) => c.table === 'applications') }
}

/** Kari (by default at 10:10) and Per's copy (10:15); at 10:25 Kari merges in Per's file. */
const throughAFile = (here: Step<Seeded>, there: Step<Seeded>, times?: Times) => toldThroughAFile(seed, merged, here, there, times)

fakeDateInEachTest()

const fjordlys: Which<Seeded> = (s) => s.fjordlys.id
const bygg: Which<Seeded> = (s) => s.bygg.id
const duplicate: Which<Seeded> = (s) => s.duplicate.id

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
