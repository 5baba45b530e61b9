/**
 * A story told twice, to see that a merge import ends where sync ends for the same two histories
 * (issue 16): once through a shared folder (Kari and Ola, two laptops) and once by file (Kari,
 * synced, merges the file of Per's copy, made from her export and never synced: file-copies.ts).
 * Each test file says what it seeds, when each change is made and how it reads the outcome; the
 * steps here are the changes both kinds of story make. Times are 30.11.2026 10:mm, Date faked only.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { applyImport, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { nowIso, setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { localFieldTimes } from '../../../../../renderer/db/repositories/sync-import-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { planImport } from '../../../../../renderer/domain/backup/plan'
import { mergeConflictsByField } from '../../../../../renderer/domain/sync/import-merge'
import { applied } from '../repositories/backup/pipeline'
import { made } from '../../db-helpers'
import { at, exportHere, perFrom, readBack } from './file-copies'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'

/** One laptop's changes in a story, on the running laptop; `S` is what the story's seed made. */
export type Step<S> = (s: S) => Promise<void>
/** Which organisation of the seed a step is about, by id. */
export type Which<S> = (s: S) => string

export const mergeInto = <S>(survivor: Which<S>, away: Which<S>): Step<S> => async (s) => {
  await made(mergeOrganisations(survivor(s), away(s)))
}
/** The organisation trashed, and the trash emptied. */
export const empty = <S>(which: Which<S>): Step<S> => async (s) => {
  await trashOrganisation(which(s))
  await emptyTrash()
}
export const both = <S>(...steps: Step<S>[]): Step<S> => async (s) => {
  for (const step of steps) await step(s)
}

/** When each laptop makes its change (minutes past 10): Kari first unless told. */
export type Times = readonly [here: number, there: number]

/** What a file telling merged: the plan as read, and as decided field by field with this laptop's clocks. */
export type Merged = { plan: ReturnType<typeof planImport>; byField: ReturnType<typeof mergeConflictsByField> }

/** Each test of a told-twice file runs with the clock faked (Date only), the repositories reading it. */
export function fakeDateInEachTest(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    setClock(() => new Date())
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}

/**
 * The running laptop (Kari's) seeds the story; `copy` then makes the other copy, which `onCopy`
 * makes the running one. `here` changes on Kari's, `there` on the other, neither having seen the
 * other's change.
 */
async function toldOnTwo<S, C>(kari: Laptop, seed: () => Promise<S>, copy: () => Promise<C>, onCopy: (c: C) => void, here: Step<S>, there: Step<S>, [hereAt, thereAt]: Times): Promise<{ s: S; other: C }> {
  const s = await seed()
  const other = await copy()
  on(kari)
  at(hereAt)
  await here(s)
  onCopy(other)
  at(thereAt)
  await there(s)
  return { s, other }
}

/**
 * Kari (by default at 10:10) and Ola (10:15), neither having seen the other's change; then both sync
 * until they agree. `read` tells the outcome on each laptop, and Ola's must be Kari's, but for what
 * `alike` lets differ (by default nothing); Kari's is returned.
 */
export async function throughTheFolder<S, O>(
  seed: () => Promise<S>,
  read: (s: S) => Promise<O>,
  here: Step<S>,
  there: Step<S>,
  { times = [10, 15], alike = (atKari: O) => atKari }: { times?: Times; alike?: (atKari: O, atOla: O) => O } = {},
): Promise<O> {
  at(0)
  const folder = new MemoryFolder()
  const kari = await laptop(folder, 'Kari')
  const joined = async () => {
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    return ola
  }
  const { s, other: ola } = await toldOnTwo(kari, seed, joined, on, here, there, times)
  for (const l of [kari, ola, kari, ola]) await sync(folder, l)
  on(kari)
  const atKari = await read(s)
  on(ola)
  const atOla = await read(s)
  expect(atOla).toEqual(alike(atKari, atOla))
  return atKari
}

/** Per's copy, made at 10:05 from the running laptop's file; it is the running one after. */
async function perCopy() {
  at(5)
  return perFrom(await exportHere())
}

/**
 * The same changes on Kari's synced laptop (by default at 10:10) and Per's copy (10:15), made from
 * her file at 10:05; at 10:20 Per exports, and at 10:25 Kari merges in Per's file. `read` tells the
 * outcome on Kari's laptop, knowing what the import merged.
 */
export async function throughAFile<S, O>(seed: () => Promise<S>, read: (s: S, merged: Merged) => Promise<O>, here: Step<S>, there: Step<S>, times: Times = [10, 15]): Promise<O> {
  at(0)
  const kari = await laptop(new MemoryFolder(), 'Kari')
  const { s } = await toldOnTwo(kari, seed, perCopy, useDatabase, here, there, times)
  at(20)
  const fromPer = await exportHere()
  on(kari)
  at(25)
  const plan = planImport(await readBack(fromPer), await readAllTables(), 'merge', { now: nowIso() })
  expect(plan.problems).toEqual([])
  const byField = mergeConflictsByField(plan, await localFieldTimes(plan))
  await applied(applyImport(byField, new Map()))
  return read(s, { plan, byField })
}
