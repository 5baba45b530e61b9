/**
 * An erasure that reaches a copy by a merge import empties the application answers naming the person
 * there, as "Slett for godt" does on the laptop that erased them (privacy-repo): one giving the
 * person's name, e-mail or phone goes whole, the others stay. Kari's laptop and Per's copy, made from
 * Kari's file and never synced (file-copies.ts); the file that says Siri is erased comes by e-mail.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { newRecord, nowIso } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { addApplication } from './application-stories'
import { exportHere, perFrom, readBack, unsyncedLaptop } from './file-copies'
import { on, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(60_000)
const PERSON = { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@fjordlys.no', phone: '+47 912 34 567', roles: ['toppleder' as const] }
const ANSWERS = ['Kontaktperson: Siri Berg', 'Ring +47 912 34 567', 'Vi kutter utslipp fra transport']
const EMPTIED = ['', '', ANSWERS[2]]

async function application(organisationId: string): Promise<Application> {
  const a = newRecord({ organisationId, formId: crypto.randomUUID(), date: '2026-11-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: ANSWERS.map((answer, i) => ({ question: `Spørsmål ${i + 1}`, answer })), source: 'skjema.xlsx' }) as Application
  await db().applications.add(a)
  return a
}

/** Kari's laptop with Fjordlys and Siri, and Per's copy made from her file; Per's is the running one after. */
async function kariAndPer() {
  const kari = await unsyncedLaptop('Kari')
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const person = await made(addPerson(org.id, PERSON))
  later()
  const per: Laptop = { name: 'Per', db: await perFrom(await exportHere()), installId: '' }
  later()
  return { kari, per, org, person }
}

/** The running laptop merges in a file. */
async function merge(bytes: Uint8Array): Promise<void> {
  const file = await readBack(bytes)
  await applied(applyImport(planImport(file, await readAllTables(), 'merge', { now: nowIso() }), new Map()))
}

const TWIN_TRACES = ['Siri Olsen Berg', 'Siri@Fjordlys.no', '+47 455 66 778'] as const
const TWIN_EMPTIED = ['', '', '', 'Vi kutter utslipp fra transport'] as const

/** Siri's duplicate at the sister company (the same e-mail as the duplicate rule folds it), with its application, on both copies; Per's is the running one after. */
async function withTwinOnBoth() {
  const story = await kariAndPer()
  on(story.kari)
  const vest = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Vest AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const twin = await made(addPerson(vest.id, { name: TWIN_TRACES[0], title: 'Prosjektleder', email: TWIN_TRACES[1], phone: TWIN_TRACES[2], roles: ['klimakontakt'] }))
  const a = await addApplication(vest.id, [`Kontaktperson: ${TWIN_TRACES[0]}`, `Ring ${TWIN_TRACES[2]}`, `Skriv til ${TWIN_TRACES[1]}`, TWIN_EMPTIED[3]])
  later()
  const withTwin = await exportHere()
  on(story.per)
  await merge(withTwin)
  return { ...story, twin, a }
}

/** Kari erases the person and sends her file; Per merges it (each a moment later). */
async function erasedByKariMergedByPer(kari: Laptop, per: Laptop, personId: string): Promise<void> {
  on(kari)
  later()
  await erasePerson(personId)
  const erased = await exportHere()
  on(per)
  later()
  await merge(erased)
}

const answersOf = async (id: string) => (await db().applications.get(id))?.answers.map((x) => x.answer)
const applicationsText = async () => JSON.stringify(await db().applications.toArray())

describe('an erasure that arrives by a merge import', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('empties the answers naming the person in an application the eraser never had', async () => {
    const { kari, per, org, person } = await kariAndPer()
    // Per imports Siri's application; Kari erases Siri and sends her file.
    const a = await application(org.id)
    await erasedByKariMergedByPer(kari, per, person.id)

    expect(await answersOf(a.id)).toEqual(EMPTIED)
    for (const trace of [PERSON.name, PERSON.email, PERSON.phone]) expect(await applicationsText()).not.toContain(trace)
  })

  it('leaves another organisation’s application that names the person as it is, as the eraser does', async () => {
    const { kari, per, org, person } = await kariAndPer()
    const other = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Bygg AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
    const a = await application(org.id)
    const b = await application(other.id)
    await erasedByKariMergedByPer(kari, per, person.id)

    expect(await answersOf(a.id)).toEqual(EMPTIED)
    expect(await answersOf(b.id)).toEqual(ANSWERS)
  })

  it('empties the answers naming the person in an application the file brings to the laptop that erased them', async () => {
    const { kari, per, org, person } = await kariAndPer()
    const a = await application(org.id)
    const fromPer = await exportHere()
    on(kari)
    later()
    await erasePerson(person.id)
    // Per's file still holds Siri as he had her, and her application.
    await merge(fromPer)

    expect(await answersOf(a.id)).toEqual(EMPTIED)
    for (const trace of [PERSON.name, PERSON.email, PERSON.phone]) expect(await applicationsText()).not.toContain(trace)
    void per
  })

  it('empties an answer edited after the erasure to name the person again, and keeps an unrelated edit, as the eraser ends', async () => {
    const { kari, per, org, person } = await kariAndPer()
    on(kari)
    const a = await application(org.id)
    later()
    const withApplication = await exportHere()
    on(per)
    await merge(withApplication)
    on(kari)
    later()
    await erasePerson(person.id)
    const erased = await exportHere()
    // Per, before Kari's file reaches him, corrects the first answer (still naming Siri) and the third.
    on(per)
    later()
    const mine = (await db().applications.get(a.id)) as Application
    const edited = ['Kontaktperson: Siri Berg (daglig leder)', ANSWERS[1], 'Vi kutter utslipp fra transport og bygg']
    await db().applications.put({ ...mine, answers: mine.answers.map((x, i) => ({ ...x, answer: edited[i] as string })), updatedAt: nowIso() })
    later()
    await merge(erased)

    expect(await answersOf(a.id)).toEqual(['', '', 'Vi kutter utslipp fra transport og bygg'])
    // Kari merges Per's file: both copies hold the same application.
    const fromPer = await exportHere()
    const atPer = await db().applications.get(a.id)
    on(kari)
    later()
    await merge(fromPer)
    expect(await db().applications.get(a.id)).toEqual(atPer)
  })

  it('erases a duplicate merged into the person on the other copy, and empties the answers naming it, in its own organisation too, on both copies', async () => {
    const { kari, per, person, twin, a } = await withTwinOnBoth()
    // Per merges the duplicate into Siri; Kari, not knowing, erases Siri and sends her file.
    later()
    await made(mergePeople(person.id, twin.id))
    await erasedByKariMergedByPer(kari, per, person.id)

    expect(await answersOf(a.id)).toEqual(TWIN_EMPTIED)
    expect((await db().people.get(twin.id))?.erasedAt).toEqual(expect.any(String))
    for (const trace of TWIN_TRACES) expect(await applicationsText()).not.toContain(trace)
    // Kari merges Per's file: she learns of the merge, and ends as Per.
    const fromPer = await exportHere()
    const [atPer, twinAtPer] = [await db().applications.get(a.id), await db().people.get(twin.id)]
    on(kari)
    later()
    await merge(fromPer)
    expect(await db().applications.get(a.id)).toEqual(atPer)
    expect(await db().people.get(twin.id)).toEqual(twinAtPer)
  })

  it('erases a duplicate that the file brings merged into the person the laptop erased, and empties the answers naming it', async () => {
    const { kari, per, person, twin, a } = await withTwinOnBoth()
    later()
    await made(mergePeople(person.id, twin.id))
    const merged = await exportHere()
    // Kari erases Siri, then merges Per's file, in which her duplicate is merged into her.
    on(kari)
    later()
    await erasePerson(person.id)
    later()
    await merge(merged)

    expect(await answersOf(a.id)).toEqual(TWIN_EMPTIED)
    expect((await db().people.get(twin.id))?.erasedAt).toEqual(expect.any(String))
    for (const trace of TWIN_TRACES) expect(await applicationsText()).not.toContain(trace)
    void per
  })
})
