/**
 * A snapshot written while another laptop's answers held here may still name someone erased would put
 * the erased name in the folder (issue 16: "Erased values are never written to the folder"). Kari
 * erases Siri; Ola, who had not had the erasure yet, edits an answer of Siri's organisation's
 * application. Kari cannot recognise Siri's name any more, so she holds Ola's text until Ola's own
 * emptying arrives: a snapshot due in that window waits, and is written at a later round.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ok } from '../../../../../electron/shared/result'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import type { Application } from '../../../../../renderer/domain/application/types'
import { syncRound, type SyncApi } from '../../../../../renderer/features/sync/sync-round'
import { made } from '../../db-helpers'
import { addApplication, editOn, expectAllAsFirst, later } from './application-stories'
import { laptop, MemoryFolder, on, type Laptop } from './memory-folder'

const PERSON = { name: 'Siri Berg', title: 'Daglig leder', email: 'siri@fjordlys.no', phone: '+47 912 34 567', roles: ['toppleder' as const] }
const TRACES = [PERSON.name, PERSON.email, PERSON.phone]
const NAMING = ['Kontaktperson: Siri Berg', 'Ring +47 912 34 567', 'Vi kutter utslipp fra transport']
const NOT_NAMING = ['Vi kutter utslipp fra transport', 'Kontakt oss på post@fjordlys.no']

/**
 * The folder as main shows it: a pull names the laptops still in the group, and a retired laptop's
 * files are read by nobody (the memory folder alone lists every laptop that wrote, none retired).
 */
class Group {
  readonly retired = new Set<string>()
  /** Pulls asked of main so far. */
  pulls = 0
  /** Main cannot say who is in the group after this round's ack (the folder went away meanwhile). */
  refusePullsAfterAck = false
  /** A pull after the round's ack reads the files but cannot look over the folder (main's `laptops: null`). */
  unknownLaptopsAfterAck = false
  private acked = false
  constructor(readonly folder: MemoryFolder) {}

  readonly api: SyncApi = {
    syncPush: (r) => this.folder.syncPush(r),
    syncPull: async (r) => {
      this.pulls++
      if (this.refusePullsAfterAck && this.acked) return { ok: false, error: 'io-failed', detail: 'Synkroniseringsmappen er ikke tilgjengelig.' }
      const pulled = await this.folder.syncPull(r)
      if (!pulled.ok) return pulled
      if (this.unknownLaptopsAfterAck && this.acked) return ok({ ...pulled.data, laptops: null })
      const inGroup = [...this.folder.files.keys()].filter((id) => id !== r.installId && !this.retired.has(id))
      const laptops = inGroup.map((installId) => ({ installId, userName: null, lastSeenAt: null, lastSeq: this.folder.files.get(installId)?.at(-1)?.seq ?? 0, appVersion: 'test' }))
      return ok({ ...pulled.data, batches: pulled.data.batches.filter((b) => !this.retired.has(b.installId)), laptops })
    },
    syncAck: (r) => {
      this.acked = true
      return this.folder.syncAck(r)
    },
    syncRedact: (r) => this.folder.syncRedact(r),
    syncSnapshotInfo: (r) => this.folder.syncSnapshotInfo(r),
    syncReadSnapshot: (r) => this.folder.syncReadSnapshot(r),
    syncBeginSnapshot: (r) => this.folder.syncBeginSnapshot(r),
    syncAddSnapshotMessages: (r) => this.folder.syncAddSnapshotMessages(r),
    syncFinishSnapshot: (r) => this.folder.syncFinishSnapshot(r),
  }

  async round(l: Laptop): Promise<void> {
    on(l)
    this.acked = false
    expect((await syncRound(this.api, l.name)).problems, l.name).toEqual([])
  }

  /** A round of `l` after which main says a snapshot is due (it is due for no other round). */
  async dueRound(l: Laptop): Promise<void> {
    this.folder.snapshotEvery = 1
    await this.round(l)
    this.folder.snapshotEvery = 1_000_000
  }

  /** Every snapshot in the folder, as text: what a thief of the folder would read there. */
  snapshotText(): string {
    return JSON.stringify(this.folder.snapshots)
  }
}

/** Kari and Ola hold Fjordlys, Siri and an application of Fjordlys (imported on Kari's laptop). */
async function fjordlysOnTwo(answers: readonly string[]) {
  const { group, laptops, siri, applications } = await fjordlysOn(['Ola'], [answers])
  const [kari, ola] = laptops as [Laptop, Laptop]
  return { group, kari, ola, siri, a: applications[0] as Application }
}

/** Kari and the others hold Fjordlys, Siri and Fjordlys' applications (imported on Kari's laptop). */
async function fjordlysOn(others: readonly string[], answers: readonly (readonly string[])[]) {
  const group = new Group(new MemoryFolder())
  const kari = await laptop(group.folder, 'Kari')
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Fjordlys Energi AS' }, { status: 'soker', date: '2026-01-10', note: '' }))
  const siri = await made(addPerson(org.id, PERSON))
  const applications: Application[] = []
  for (const a of answers) applications.push(await addApplication(org.id, a))
  await group.round(kari)
  const laptops: [Laptop, ...Laptop[]] = [kari]
  for (const name of others) {
    const l = await laptop(group.folder, name)
    await group.round(l)
    laptops.push(l)
  }
  return { group, laptops, siri, applications }
}

const answersOn = async (l: Laptop, id: string) => {
  on(l)
  return (await db().applications.get(id))?.answers.map((x) => x.answer)
}

/** Kari erases Siri while Ola, who has not had the erasure, edits an answer and sends it; Kari then syncs with a snapshot due. */
async function editInTheWindow(answers: readonly string[], index: number, text: string) {
  const s = await fjordlysOnTwo(answers)
  on(s.kari)
  later()
  await erasePerson(s.siri.id)
  await editOn(s.ola, s.a.id, index, text)
  await s.group.round(s.ola)
  await s.group.dueRound(s.kari)
  return s
}

describe('a snapshot due while answers held here may still name someone erased', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits until the emptying of the laptop that named them arrives, and is then written with no trace of them, for a joiner to end as the others', async () => {
    const { group, kari, ola, a } = await editInTheWindow(NAMING, 0, 'Kontaktperson: Siri Berg (daglig leder)')
    // The window: Kari holds Ola's answers naming Siri, and her due snapshot is not written.
    expect(await answersOn(kari, a.id)).toEqual(['Kontaktperson: Siri Berg (daglig leder)', NAMING[1], NAMING[2]])
    for (const trace of TRACES) expect(group.snapshotText()).not.toContain(trace)
    expect(group.folder.snapshots).toHaveLength(0)

    // Ola has the erasure and empties the answers naming Siri; it reaches Kari, who writes the snapshot.
    await group.round(ola)
    await group.dueRound(kari)
    expect(group.folder.snapshots.map((s) => s.userName)).toEqual(['Kari'])
    for (const trace of TRACES) expect(group.snapshotText()).not.toContain(trace)
    expect(await answersOn(kari, a.id)).toEqual(['', '', NAMING[2]])

    // Per joins from it alone (the files it holds are pruned) and ends as Kari and Ola.
    group.folder.pruneToSnapshot()
    const per = await laptop(group.folder, 'Per')
    for (let i = 0; i < 2; i++) for (const l of [per, kari, ola]) await group.round(l)
    on(per)
    expect(Object.keys((await db().syncState.get('this'))?.cursors ?? {}).sort()).toEqual([kari.installId, ola.installId].sort())
    await expectAllAsFirst(group.folder, [kari, ola, per], TRACES)
    for (const trace of TRACES) expect(group.snapshotText()).not.toContain(trace)
  })

  it('waits for the next file of a laptop whose edit named nobody erased, then holds its answer', async () => {
    const { group, kari, ola, a } = await editInTheWindow(NOT_NAMING, 0, 'Vi kutter utslipp fra transport og bygg')
    expect(group.folder.snapshots).toHaveLength(0)
    // Another round of Kari's alone changes nothing: Ola has not shown that it has had the erasure.
    await group.dueRound(kari)
    expect(group.folder.snapshots).toHaveLength(0)

    await group.round(ola)
    await group.dueRound(kari)
    expect(group.folder.snapshots).toHaveLength(1)
    const answers = group.folder.snapshots[0]?.messages.find((m) => m.table === 'applications' && m.row === a.id && m.field === 'answers')?.value as { answer: string }[] | undefined
    expect(answers?.map((x) => x.answer)).toEqual(['Vi kutter utslipp fra transport og bygg', NOT_NAMING[1]])
    expect(await answersOn(ola, a.id)).toEqual(['Vi kutter utslipp fra transport og bygg', NOT_NAMING[1]])
  })

  it('is not held back by a laptop taken out of the group, only by those still in it', async () => {
    const { group, laptops, siri, applications } = await fjordlysOn(['Ola', 'Per'], [NOT_NAMING, NOT_NAMING])
    const [kari, ola, per] = laptops as [Laptop, Laptop, Laptop]
    on(kari)
    later()
    await erasePerson(siri.id)
    // Ola and Per, neither having had the erasure, each edit an application and send it.
    await editOn(ola, applications[0]?.id ?? '', 0, 'Ola: vi kutter utslipp fra bygg')
    await group.round(ola)
    await editOn(per, applications[1]?.id ?? '', 0, 'Per: vi kutter utslipp fra transport')
    await group.round(per)
    await group.dueRound(kari)
    expect(group.folder.snapshots).toHaveLength(0)

    // Ola's laptop is lost before it syncs again: Kari retires it, and Per still holds the snapshot back.
    group.retired.add(ola.installId)
    await group.dueRound(kari)
    expect(group.folder.snapshots).toHaveLength(0)
    // Per has the erasure; Kari's next round writes the snapshot, with Ola's answer as she holds it.
    await group.round(per)
    await group.dueRound(kari)
    expect(group.folder.snapshots.map((s) => s.userName)).toEqual(['Kari'])
    expect(await answersOn(kari, applications[0]?.id ?? '')).toEqual(['Ola: vi kutter utslipp fra bygg', NOT_NAMING[1]])
  })

  it.each([
    ['its pull after the ack fails', 'refusePullsAfterAck'],
    ['it read the folder but could not look it over (laptops: null)', 'unknownLaptopsAfterAck'],
  ] as const)('waits when main cannot say which laptops are in the group: %s', async (_, unknowing) => {
    const { group, kari, ola } = await editInTheWindow(NOT_NAMING, 0, 'Vi kutter utslipp fra transport og bygg')
    group.retired.add(ola.installId)
    group[unknowing] = true
    await group.dueRound(kari)
    expect(group.folder.snapshots).toHaveLength(0)
    group[unknowing] = false
    await group.dueRound(kari)
    expect(group.folder.snapshots.map((s) => s.userName)).toEqual(['Kari'])
  })

  it('is written at once when the other laptop edited the answer after it had the erasure', async () => {
    const { group, kari, ola, siri, a } = await fjordlysOnTwo(NAMING)
    on(kari)
    later()
    await erasePerson(siri.id)
    await group.round(kari)
    await group.round(ola)
    await editOn(ola, a.id, 2, 'Vi kutter utslipp fra transport og bygg')
    await group.round(ola)
    const pulls = group.pulls
    await group.dueRound(kari)
    expect(group.folder.snapshots.map((s) => s.userName)).toEqual(['Kari'])
    // Nothing waited, so main was not asked who is in the group: the round's one pull.
    expect(group.pulls - pulls).toBe(1)
    expect(await answersOn(kari, a.id)).toEqual(['', '', 'Vi kutter utslipp fra transport og bygg'])
    for (const trace of TRACES) expect(group.snapshotText()).not.toContain(trace)
  })
})
