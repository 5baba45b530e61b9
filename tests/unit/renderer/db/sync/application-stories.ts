/**
 * The pieces of the sync stories about application answers (erased-answers, emptied-applications):
 * an application as the form's import writes it, one answer changed, rounds of syncing, and the check
 * that every laptop ends as the one that erased and that nothing it erased is left anywhere.
 */
import { expect, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { newRecord, nowIso } from '../../../../../renderer/db/repositories/base'
import type { Application } from '../../../../../renderer/domain/application/types'
import { on, sync, synced, twoLaptops, type Laptop, type MemoryFolder } from './memory-folder'

/** An application from the form, as the import writes it, on the running laptop. */
export async function addApplication(organisationId: string, answers: readonly string[], more: Partial<Pick<Application, 'source' | 'startedAt' | 'submittedAt'>> = {}): Promise<Application> {
  const a = newRecord({ organisationId, formId: crypto.randomUUID(), date: '2026-11-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: answers.map((answer, i) => ({ question: `Spørsmål ${i + 1}`, answer })), source: 'skjema.xlsx', ...more }) as Application
  await db().applications.add(a)
  return a
}

/** The running laptop changes one answer of the application (a correction, say). */
export async function editAnswer(id: string, index: number, answer: string): Promise<void> {
  const a = (await db().applications.get(id)) as Application
  await db().applications.put({ ...a, answers: a.answers.map((x, i) => (i === index ? { ...x, answer } : x)), updatedAt: nowIso() })
}

export async function rounds(folder: MemoryFolder, laptops: readonly Laptop[], n = 3): Promise<void> {
  for (let round = 0; round < n; round++) for (const l of laptops) await sync(folder, l)
}

/**
 * Every laptop holds what the first (the one that erased) holds, and none of `traces` is left in an
 * application or a conflict (its sides hold both laptops' texts) on any laptop, nor in the folder
 * (each laptop rewrote its older files that held them as it sent them).
 */
export async function expectAllAsFirst(folder: MemoryFolder, laptops: readonly Laptop[], traces: readonly string[]): Promise<void> {
  const [first, ...others] = laptops as [Laptop, ...Laptop[]]
  const expected = await synced(first)
  for (const l of others) expect(await synced(l), l.name).toEqual(expected)
  for (const l of laptops) {
    on(l)
    const text = JSON.stringify([await db().applications.toArray(), await db().syncConflicts.toArray()])
    for (const trace of traces) expect(text, l.name).not.toContain(trace)
  }
  for (const trace of traces) expect(folder.text()).not.toContain(trace)
}

/** A moment later by the (faked) clock, so each laptop's change gets a stamp of its own. */
export const later = () => vi.advanceTimersByTime(5)

/** Kari and Ola both holding what `seed` made and one application of its organisation. */
export function twoLaptopsWithApplication<S extends { org: { id: string } }>(seed: () => Promise<S>, application: (organisationId: string) => Promise<Application>) {
  return twoLaptops(async () => {
    const s = await seed()
    return { ...s, a: await application(s.org.id) }
  })
}

/** `l`, a moment later, changes one answer of the application. */
export async function editOn(l: Laptop, id: string, index: number, answer: string): Promise<void> {
  on(l)
  later()
  await editAnswer(id, index, answer)
}

/** Both change the same answer, neither having seen the other's: a true conflict, listed on both after two rounds. */
export async function conflictingEdits(folder: MemoryFolder, [first, second]: readonly [Laptop, Laptop], id: string, index: number, [firstText, secondText]: readonly [string, string]): Promise<void> {
  await editOn(first, id, index, firstText)
  await editOn(second, id, index, secondText)
  await rounds(folder, [second, first], 2)
}

export async function expectNoConflicts(laptops: readonly Laptop[]): Promise<void> {
  for (const l of laptops) {
    on(l)
    expect(await db().syncConflicts.count(), l.name).toBe(0)
  }
}
