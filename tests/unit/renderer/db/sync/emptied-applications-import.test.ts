/**
 * Emptying the trash reaches a copy by a merge import (issue 16): the emptied organisation's
 * applications lose every answer and their source file there too, as on the emptying laptop
 * (trash-repo), whichever copy's rows the plan takes, and an edit of an answer on the copy never
 * brings them back. Kari's laptop and Per's copy, made from Kari's file and never synced
 * (file-copies.ts); the file that says Fjordlys is emptied comes by e-mail.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { newRecord, nowIso } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { on, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(60_000)
const ANSWERS = ['Fjordlys Energi AS', 'Kontaktperson: Siri Berg', 'Vi kutter utslipp fra ferjene i Oslofjorden']

async function application(organisationId: string): Promise<Application> {
  const a = newRecord({ organisationId, formId: crypto.randomUUID(), date: '2026-11-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: ANSWERS.map((answer, i) => ({ question: `Spørsmål ${i + 1}`, answer })), source: 'Fjordlys Energi AS.xlsx' }) as Application
  await db().applications.add(a)
  return a
}

/** Kari's laptop with Fjordlys and its application, and Per's copy made from her file; Per's is the running one after. */
async function kariAndPer() {
  const kari = await unsyncedLaptop('Kari')
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const a = await application(org.id)
  later()
  const per: Laptop = { name: 'Per', db: await perFrom(await exportHere()), installId: '' }
  later()
  return { kari, per, org, a }
}

async function merge(bytes: Uint8Array): Promise<void> {
  const file = await readBack(bytes)
  await applied(applyImport(planImport(file, await readAllTables(), 'merge', { now: nowIso() }), new Map()))
}

async function emptyHere(id: string): Promise<void> {
  later()
  await trashOrganisation(id)
  await emptyTrash()
}

const applicationsText = async () => JSON.stringify(await db().applications.toArray())

describe('emptying the trash, arriving by a merge import', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('empties the application on the copy as on the emptying laptop, also one the emptying laptop never had', async () => {
    const { kari, per, org, a } = await kariAndPer()
    const own = await application(org.id)
    on(kari)
    await emptyHere(org.id)
    const emptied = await exportHere()
    const atKari = await db().applications.get(a.id)
    on(per)
    later()
    await merge(emptied)

    expect(await db().applications.get(a.id)).toEqual(atKari)
    expect((await db().applications.get(own.id))?.answers.map((x) => x.answer)).toEqual(['', '', ''])
    for (const trace of ['Fjordlys', 'Siri Berg', 'ferjene']) expect(await applicationsText()).not.toContain(trace)
  })

  it('keeps the application emptied when the copy edited an answer, and when the copy’s file comes back', async () => {
    const { kari, per, org, a } = await kariAndPer()
    on(kari)
    await emptyHere(org.id)
    const emptied = await exportHere()
    const atKari = await db().applications.get(a.id)
    // Per, before Kari's file reaches him, corrects the third answer.
    on(per)
    later()
    const mine = (await db().applications.get(a.id)) as Application
    await db().applications.put({ ...mine, answers: mine.answers.map((x, i) => (i === 2 ? { ...x, answer: 'Fjordlys kutter utslipp fra bygg' } : x)), updatedAt: nowIso() })
    const fromPer = await exportHere()
    later()
    const plan = planImport(await readBack(emptied), await readAllTables(), 'merge', { now: nowIso() })
    expect(plan.conflicts.filter((c) => c.table === 'applications')).toEqual([])
    await merge(emptied)
    expect(await db().applications.get(a.id)).toEqual(atKari)
    // Kari merges Per's older file, with the edit: nothing comes back.
    on(kari)
    later()
    await merge(fromPer)
    expect(await db().applications.get(a.id)).toEqual(atKari)
    void per
  })
})
