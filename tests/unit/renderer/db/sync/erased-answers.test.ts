/**
 * An erasure that reaches a laptop by sync empties the application answers naming the person there,
 * as "Slett for godt" does on the laptop that erased them (privacy-repo): the application keeps every
 * answer as given, so one giving the person's name, e-mail or phone goes whole. The eraser cannot do it
 * for a laptop that holds an application it never had, or an answer edited there before the erasure
 * arrived: it no longer knows the name. The laptop that still knows it empties them when the erasure
 * arrives, as its own change, so every laptop (and one joining later, from the files or a snapshot)
 * ends as the eraser would have, and the answers never come back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { addApplication, conflictingEdits, editOn, expectAllAsFirst, later, rounds, twoLaptopsWithApplication } from './application-stories'
import { laptop, on, sync, twoLaptops, type Laptop, type MemoryFolder } from './memory-folder'

const PERSON = { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@fjordlys.no', phone: '+47 912 34 567', roles: ['toppleder' as const] }
const ANSWERS = ['Kontaktperson: Siri Berg', 'Ring +47 912 34 567', 'Vi kutter utslipp fra transport']

async function fjordlysAndSiri() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const person = await made(addPerson(org.id, PERSON))
  return { org, person }
}

/** Siri's organisation's application from the form, as the import writes it, on the running laptop. */
const application = (organisationId: string, answers: readonly string[] = ANSWERS) => addApplication(organisationId, answers)

const answersOn = async (l: Laptop, id: string) => {
  on(l)
  return (await db().applications.get(id))?.answers.map((x) => x.answer)
}

/** Every laptop holds what the first (the eraser) holds, and no application text, conflict or file names Siri. */
const allAsEraser = (folder: MemoryFolder, laptops: readonly Laptop[]) => expectAllAsFirst(folder, laptops, [PERSON.name, PERSON.email, PERSON.phone])

describe('an erasure that arrives by sync', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('empties the answers naming the person in an application the eraser never had, on every laptop', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(fjordlysAndSiri)
    // Ola imports Siri's application; Kari erases Siri before it reaches her.
    on(ola)
    later()
    const a = await application(seeded.org.id)
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    await rounds(folder, [kari, ola])

    expect(await answersOn(kari, a.id)).toEqual(['', '', ANSWERS[2]])
    await allAsEraser(folder, [kari, ola])
    // A laptop joining later reads Ola's older file with the answers as he first sent them, and the emptying after it.
    const per = await laptop(folder, 'Per')
    await rounds(folder, [per, kari, ola], 2)
    await allAsEraser(folder, [kari, ola, per])
  })

  it('empties them for people with no phone number, one named by name and one by e-mail only, in an application the eraser never had', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }))
      const siri = await made(addPerson(org.id, { ...PERSON, phone: '' }))
      const nils = await made(addPerson(org.id, { ...PERSON, name: 'Nils Ås', email: 'nils@fjordlys.no', phone: '', roles: ['klimakontakt'] }))
      return { org, siri, nils }
    })
    on(ola)
    later()
    const a = await application(seeded.org.id, ['Kontaktperson: Siri Berg', 'Skriv til nils@fjordlys.no', 'Vi kutter utslipp fra transport'])
    on(kari)
    later()
    await erasePerson(seeded.siri.id)
    await erasePerson(seeded.nils.id)
    await rounds(folder, [kari, ola])

    expect(await answersOn(ola, a.id)).toEqual(['', '', 'Vi kutter utslipp fra transport'])
    await expectAllAsFirst(folder, [kari, ola], ['Siri Berg', 'nils@fjordlys.no'])
  })

  it('empties an answer edited to name the person again on a laptop that had not seen the erasure, later by the clock', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlysAndSiri, application)
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    expect(await answersOn(kari, seeded.a.id)).toEqual(['', '', ANSWERS[2]])
    // Ola, offline, corrects the first answer after the erasure, still naming Siri.
    await editOn(ola, seeded.a.id, 0, 'Kontaktperson: Siri Berg (daglig leder)')
    await rounds(folder, [kari, ola])

    expect(await answersOn(kari, seeded.a.id)).toEqual(['', '', ANSWERS[2]])
    await allAsEraser(folder, [kari, ola])
  })

  it('keeps an unrelated answer edited on a laptop that had not seen the erasure, and empties those naming the person', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlysAndSiri, application)
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    await editOn(ola, seeded.a.id, 2, 'Vi kutter utslipp fra transport og bygg')
    await rounds(folder, [ola, kari])

    expect(await answersOn(kari, seeded.a.id)).toEqual(['', '', 'Vi kutter utslipp fra transport og bygg'])
    await allAsEraser(folder, [kari, ola])
  })

  it('lets the emptying win over an answer edited earlier by the clock on a laptop that had not seen the erasure, with no trace of the person in a conflict or the folder', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlysAndSiri, application)
    await editOn(ola, seeded.a.id, 2, 'Vi kutter utslipp fra transport og bygg')
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    await rounds(folder, [kari, ola])

    // An erasure wins over every edit: the latest clock holds the answers, Kari's emptying (her older
    // files rewritten, it reaches Ola as one change that had seen the erasure, so no conflict is listed).
    expect(await answersOn(ola, seeded.a.id)).toEqual(['', '', ANSWERS[2]])
    await allAsEraser(folder, [kari, ola])
  })

  it('keeps a conflict about the answers found before the erasure, on every laptop, with each side’s answers naming the person emptied', async () => {
    const { folder, kari, ola, seeded } = await twoLaptopsWithApplication(fjordlysAndSiri, application)
    // Both correct the third answer, neither having seen the other's: a true conflict, listed on both.
    await conflictingEdits(folder, [ola, kari], seeded.a.id, 2, ['Ola: vi kutter utslipp fra bygg', 'Kari: vi kutter utslipp fra transport'])
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    await rounds(folder, [kari, ola])

    for (const l of [kari, ola]) {
      on(l)
      const sides = (await db().syncConflicts.toArray()).map((c) => c.sides.map((x) => (x.value as { answer: string }[]).map((y) => y.answer)).sort())
      expect(sides, l.name).toEqual([[['', '', 'Kari: vi kutter utslipp fra transport'], ['', '', 'Ola: vi kutter utslipp fra bygg']]])
    }
    await allAsEraser(folder, [kari, ola])
  })

  it('leaves a laptop joining from a snapshot with the answers emptied', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(fjordlysAndSiri)
    on(ola)
    later()
    const a = await application(seeded.org.id)
    on(kari)
    later()
    await erasePerson(seeded.person.id)
    await rounds(folder, [kari, ola])
    // The next round writes a snapshot, and the files it holds are pruned: Per joins from it alone.
    folder.snapshotEvery = 1
    await sync(folder, ola)
    folder.snapshotEvery = 1_000_000
    expect(folder.snapshots.length).toBeGreaterThan(0)
    folder.pruneToSnapshot()
    const per = await laptop(folder, 'Per')
    await rounds(folder, [per, kari, ola], 2)

    expect(await answersOn(per, a.id)).toEqual(['', '', ANSWERS[2]])
    await allAsEraser(folder, [kari, ola, per])
  })
})
