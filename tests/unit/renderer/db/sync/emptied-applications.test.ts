/**
 * Emptying the trash empties the organisation's applications too (issue 16): the form's answers as
 * given name the organisation, its leader, e-mails, phones and measures, and the file they came from
 * may carry its name. On the emptying laptop every answer goes (trash-repo); the emptying arriving by
 * sync does the same on every laptop, whatever arrives after it (a later edit of an answer made where
 * it had not arrived, an application imported there), for a laptop joining from the files or a
 * snapshot, and no laptop's files keep the answers (each rewrites its own older files).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { made } from '../../db-helpers'
import { addApplication, conflictingEdits, editOn, expectAllAsFirst, expectNoConflicts, later, rounds, twoLaptopsWithApplication } from './application-stories'
import { laptop, on, sync, twoLaptops, type Laptop, type MemoryFolder } from './memory-folder'

const NAME = 'Fjordlys Energi AS'
const SOURCE = 'Fjordlys Energi AS søknad.xlsx'
const ANSWERS = [NAME, 'Kontaktperson: Siri Berg', 'Vi kutter utslipp fra ferjene i Oslofjorden']
/** Everything of Fjordlys the folder, a row or a conflict could still hold. */
const TRACES = [NAME, 'Siri Berg', 'ferjene i Oslofjorden', 'Fjordlys']

async function fjordlys() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: NAME }, { status: 'soker', date: '2026-01-10', note: '' }))
  await made(addPerson(org.id, { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@eksempel.no', phone: '', roles: ['toppleder'] }))
  return { org }
}

/** Fjordlys's application from the form, as the import writes it, on the running laptop. */
const application = (organisationId: string) => addApplication(organisationId, ANSWERS, { startedAt: '2026-11-01T09:00', submittedAt: '2026-11-01T09:20', source: SOURCE })

async function empty(l: Laptop, id: string): Promise<void> {
  on(l)
  later()
  await trashOrganisation(id)
  expect(await emptyTrash()).toBe(1)
}

const onLaptop = async (l: Laptop, id: string) => {
  on(l)
  return (await db().applications.get(id)) as Application
}

/** Every laptop holds what the first (the emptying laptop) holds; no application, conflict or file names Fjordlys. */
const allAsEmptier = (folder: MemoryFolder, laptops: readonly Laptop[]) => expectAllAsFirst(folder, laptops, TRACES)

/** Every answer empty, its question kept; no source file. */
function expectEmptied(a: Application): void {
  expect(a.answers).toEqual(ANSWERS.map((_, i) => ({ question: `Spørsmål ${i + 1}`, answer: '' })))
  expect(a.source).toBe('')
}

describe('emptying the trash, arriving by sync', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('empties the application on every laptop and in the folder, and for a laptop joining from the files', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlys, application)
    await empty(kari, seeded.org.id)
    await rounds(folder, [kari, ola])

    expectEmptied(await onLaptop(ola, seeded.a.id))
    await allAsEmptier(folder, [kari, ola])
    const per = await laptop(folder, 'Per')
    await rounds(folder, [per, kari, ola], 2)
    await allAsEmptier(folder, [kari, ola, per])
  })

  it('empties an application the emptying laptop never had, imported on another before the emptying arrived', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(fjordlys)
    on(ola)
    later()
    const a = await application(seeded.org.id)
    await empty(kari, seeded.org.id)
    await rounds(folder, [kari, ola])

    expectEmptied(await onLaptop(kari, a.id))
    await allAsEmptier(folder, [kari, ola])
  })

  it('empties an answer edited later by the clock on a laptop that had not seen the emptying', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlys, application)
    await empty(kari, seeded.org.id)
    await editOn(ola, seeded.a.id, 2, 'Fjordlys: vi kutter utslipp fra ferjene i Oslofjorden og bygg')
    await rounds(folder, [ola, kari])

    expectEmptied(await onLaptop(kari, seeded.a.id))
    await allAsEmptier(folder, [kari, ola])
  })

  it('lets the emptying win over an answer edited earlier by the clock, with no conflict keeping it', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlys, application)
    await editOn(ola, seeded.a.id, 2, 'Fjordlys: vi kutter utslipp fra ferjene i Oslofjorden og bygg')
    await empty(kari, seeded.org.id)
    await rounds(folder, [kari, ola])

    await expectNoConflicts([kari, ola])
    await allAsEmptier(folder, [kari, ola])
  })

  it('drops a conflict about the answers found before the emptying, on every laptop', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlys, application)
    await conflictingEdits(folder, [ola, kari], seeded.a.id, 2, ['Ola: Fjordlys kutter utslipp fra bygg', 'Kari: Fjordlys kutter utslipp fra transport'])
    on(kari)
    expect(await db().syncConflicts.count()).toBe(1)
    await empty(kari, seeded.org.id)
    await rounds(folder, [kari, ola])

    await expectNoConflicts([kari, ola])
    await allAsEmptier(folder, [kari, ola])
  })

  it('leaves a laptop joining from a snapshot with the application emptied', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(fjordlys)
    on(ola)
    later()
    const a = await application(seeded.org.id)
    await empty(kari, seeded.org.id)
    await rounds(folder, [kari, ola])
    folder.snapshotEvery = 1
    await sync(folder, ola)
    folder.snapshotEvery = 1_000_000
    expect(folder.snapshots.length).toBeGreaterThan(0)
    folder.pruneToSnapshot()
    const per = await laptop(folder, 'Per')
    await rounds(folder, [per, kari, ola], 2)

    expectEmptied(await onLaptop(per, a.id))
    await allAsEmptier(folder, [kari, ola, per])
  })
})
