/**
 * A duplicate merged into a person who is erased is the same person, erased with them
 * (sync-erased-duplicates.ts). The application answers naming the duplicate go too, as the answers
 * naming the person do (erased-answers.test.ts): the duplicate's own name, e-mail and phone, which
 * may differ from the survivor's (the merge keeps the survivor's), in the applications of the
 * duplicate's organisation as well as the survivor's (the merge does not move a person). Whether the
 * merge is made where the erasure is, arrives before it, after it or with it, every laptop, and one
 * joining later, ends alike, and nothing naming the duplicate is left in an application, a conflict
 * or the folder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { made } from '../../db-helpers'
import { addApplication, expectAllAsFirst, later, rounds } from './application-stories'
import { laptop, on, sync, twoLaptops, type Laptop, type MemoryFolder } from './memory-folder'

const SIRI = { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@fjordlys.no', phone: '+47 912 34 567', roles: ['toppleder' as const] }
/** Her duplicate at the sister company: the same e-mail as the duplicate rule folds it, the rest her own. */
const TWIN = { name: 'Siri Olsen Berg', title: 'Prosjektleder', email: 'Siri@Fjordlys.no', phone: '+47 455 66 778', roles: ['klimakontakt' as const] }
const TWIN_TRACES = [TWIN.name, TWIN.email, TWIN.phone]
/** The sister company's application names the duplicate every way; the survivor's names her phone. */
const VEST_ANSWERS = [`Kontaktperson: ${TWIN.name}`, `Ring ${TWIN.phone}`, `Skriv til ${TWIN.email}`, 'Vi kutter utslipp fra transport']
const VEST_EMPTIED = ['', '', '', 'Vi kutter utslipp fra transport']
const MAIN_ANSWERS = [`Kontakt også ${TWIN.phone}`, 'Vi bygger solceller']
const MAIN_EMPTIED = ['', 'Vi bygger solceller']

/** Fjordlys with Siri, the sister company with her duplicate, and an application of each. */
async function siriAndHerTwin() {
  const main = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const vest = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Vest AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const siri = await made(addPerson(main.id, SIRI))
  const twin = await made(addPerson(vest.id, TWIN))
  const mainApplication = await addApplication(main.id, MAIN_ANSWERS)
  const vestApplication = await addApplication(vest.id, VEST_ANSWERS)
  return { main, vest, siri, twin, mainApplication, vestApplication }
}

type Seeded = Awaited<ReturnType<typeof siriAndHerTwin>>

const answersOn = async (l: Laptop, id: string) => {
  on(l)
  return (await db().applications.get(id))?.answers.map((x) => x.answer)
}

const merge = async (l: Laptop, s: Seeded) => {
  on(l)
  later()
  await made(mergePeople(s.siri.id, s.twin.id))
}

const erase = async (l: Laptop, s: Seeded) => {
  on(l)
  later()
  await erasePerson(s.siri.id)
}

/** Both applications emptied of the duplicate on every laptop, alike, and nothing of her left anywhere. */
async function expectTwinGone(folder: MemoryFolder, laptops: readonly Laptop[], s: Seeded): Promise<void> {
  for (const l of laptops) {
    expect(await answersOn(l, s.vestApplication.id), l.name).toEqual(VEST_EMPTIED)
    expect(await answersOn(l, s.mainApplication.id), l.name).toEqual(MAIN_EMPTIED)
    on(l)
    expect((await db().people.get(s.twin.id))?.erasedAt, l.name).toEqual(expect.any(String))
  }
  await expectAllAsFirst(folder, laptops, TWIN_TRACES)
}

describe('the answers naming a duplicate merged into someone erased', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('go when the erasure arrives at the laptop that merged them, on every laptop', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(siriAndHerTwin)
    // Ola merges the duplicate into Siri; Kari, not having seen it, erases Siri.
    await merge(ola, seeded)
    await erase(kari, seeded)
    await sync(folder, kari)
    // Ola reads the erasure before Kari reads his merge: he alone knows the two are one.
    await sync(folder, ola)
    expect(await answersOn(ola, seeded.vestApplication.id)).toEqual(VEST_EMPTIED)
    expect(await answersOn(ola, seeded.mainApplication.id)).toEqual(MAIN_EMPTIED)
    await rounds(folder, [kari, ola])

    await expectTwinGone(folder, [kari, ola], seeded)
  })

  it('go when the merge arrives at the laptop that erased the survivor, on every laptop', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(siriAndHerTwin)
    await erase(kari, seeded)
    await merge(ola, seeded)
    // Kari reads Ola's merge before Ola reads her erasure.
    await sync(folder, ola)
    await sync(folder, kari)
    expect(await answersOn(kari, seeded.vestApplication.id)).toEqual(VEST_EMPTIED)
    expect(await answersOn(kari, seeded.mainApplication.id)).toEqual(MAIN_EMPTIED)
    await rounds(folder, [ola, kari])

    await expectTwinGone(folder, [kari, ola], seeded)
  })

  it('go on a laptop that the merge and the erasure reach in one round, and a laptop joining later ends alike', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(siriAndHerTwin)
    const per = await laptop(folder, 'Per')
    await sync(folder, per)
    await merge(ola, seeded)
    await erase(kari, seeded)
    await sync(folder, ola)
    await sync(folder, kari)
    // Per has seen neither: both arrive in his next round.
    await sync(folder, per)
    expect(await answersOn(per, seeded.vestApplication.id)).toEqual(VEST_EMPTIED)
    await rounds(folder, [per, kari, ola])
    const joiner = await laptop(folder, 'Lise')
    await rounds(folder, [joiner, per, kari, ola], 2)

    await expectTwinGone(folder, [kari, ola, per, joiner], seeded)
  })

  it('go when the laptop that has the merge erases the survivor itself, and the erasure reaches the others', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(siriAndHerTwin)
    await merge(ola, seeded)
    await rounds(folder, [ola, kari])
    // "Slett for godt" on Kari's laptop, which holds the duplicate merged into Siri.
    await erase(kari, seeded)
    expect(await answersOn(kari, seeded.vestApplication.id)).toEqual(VEST_EMPTIED)
    expect(await answersOn(kari, seeded.mainApplication.id)).toEqual(MAIN_EMPTIED)
    await rounds(folder, [kari, ola])

    await expectTwinGone(folder, [kari, ola], seeded)
  })

  it('go by the name the duplicate had before a rename, as its history quotes it on the laptop that erased the survivor', async () => {
    const FORMER = 'Siri O. Berg'
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const s = await siriAndHerTwin()
      await made(updatePerson(s.twin.id, { ...TWIN, name: FORMER }))
      later()
      await made(updatePerson(s.twin.id, TWIN))
      return { ...s, formerApplication: await addApplication(s.vest.id, [`Kontaktperson: ${FORMER}`, 'Vi planter trær']) }
    })
    // The merge moves the duplicate's history to Siri on Ola's laptop only: Kari's keeps it under the duplicate.
    await erase(kari, seeded)
    await merge(ola, seeded)
    await sync(folder, ola)
    await sync(folder, kari)
    expect(await answersOn(kari, seeded.formerApplication.id)).toEqual(['', 'Vi planter trær'])
    await rounds(folder, [ola, kari])

    await expectAllAsFirst(folder, [kari, ola], [FORMER])
  })
})
