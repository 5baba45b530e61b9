import { beforeEach, describe, expect, it } from 'vitest'
import { useDatabase } from '../../../../../../renderer/db/db'
import type { Organisation, Person, Registration } from '../../../../../../renderer/db/models'
import { applyImport, readAllTables } from '../../../../../../renderer/db/repositories/backup-repo'
import { newRecord, nowIso, setClock } from '../../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../../renderer/db/repositories/merge-repo'
import type { MergeSide } from '../../../../../../renderer/domain/organisation/merge-plan'
import type { NfkDatabase } from '../../../../../../renderer/db/schema'
import type { Envelope } from '../../../../../../renderer/domain/backup/envelope'
import { planImport, type ImportMode } from '../../../../../../renderer/domain/backup/plan'
import { freshDatabase, made } from '../../../db-helpers'
import { seedDuplicates } from '../merge-fixtures'
import { applied, exportFrom as exportFromAt } from './pipeline'

let minute = 0
const tick = () => setClock(() => new Date(Date.UTC(2027, 2, 10, 8, minute++)))

const exportFrom = (copy: NfkDatabase) => exportFromAt(copy, tick)

/** Imports with the proposed side of every conflict, as the user who clicks through would. */
async function importInto(copy: NfkDatabase, envelope: Envelope, mode: ImportMode) {
  useDatabase(copy)
  tick()
  const plan = planImport(envelope, await readAllTables(), mode, { now: nowIso() })
  expect(plan.problems).toEqual([])
  await applied(applyImport(plan, new Map()))
  return plan
}

/** Live organisations with the duplicates' number: the register's view of them. */
async function liveSolstrand(copy: NfkDatabase): Promise<string[]> {
  return (await copy.organisations.toArray()).filter((o) => !o.deletedAt && o.orgNumber.replace(/\s/g, '') === '912345678').map((o) => o.id)
}

async function addRegistration(copy: NfkDatabase, organisationId: string, eventId: string): Promise<Registration> {
  useDatabase(copy)
  tick()
  const person = newRecord({ organisationId, name: 'Per Berg', title: '', email: 'per@solstrand.no', phone: '', roles: [] }) as Person
  await copy.people.add(person)
  const registration = newRecord({ eventId, organisationId, personId: person.id, rolesAtTime: [], status: 'pameldt', checkedInAt: null, walkIn: false }) as Registration
  await copy.registrations.add(registration)
  return registration
}

type Duplicates = Awaited<ReturnType<typeof seedDuplicates>>

/** This laptop (`a`) with the Solstrand duplicates, and another (`b`) that took a's export whole. */
async function twoCopies(): Promise<{ a: NfkDatabase; b: NfkDatabase; s: Duplicates }> {
  const a = await freshDatabase()
  tick()
  const s = await seedDuplicates()
  const shared = await exportFrom(a)
  const b = await freshDatabase()
  await importInto(b, shared, 'replace')
  return { a, b, s }
}

/** Merges the duplicates on `copy`, a minute on. */
async function mergeOn(copy: NfkDatabase, s: Duplicates, picks: Readonly<Record<string, MergeSide>> = {}): Promise<void> {
  useDatabase(copy)
  tick()
  await made(mergeOrganisations(s.survivor.id, s.other.id, picks))
}

/** An edit of one organisation on `copy`, a minute on, straight into its table. */
async function editOn(copy: NfkDatabase, id: string, change: Partial<Organisation>): Promise<void> {
  useDatabase(copy)
  tick()
  const row = await copy.organisations.get(id)
  await copy.organisations.put({ ...row!, ...change, updatedAt: nowIso() })
}

describe('an import after a duplicate merge', () => {
  beforeEach(() => {
    minute = 0
  })

  it('does not bring back the merged-away organisation from an older export of this laptop', async () => {
    const a = await freshDatabase()
    tick()
    const s = await seedDuplicates()
    const old = await exportFrom(a)
    await mergeOn(a, s)
    const plan = await importInto(a, old, 'merge')
    expect(plan.conflicts.filter((c) => c.id === s.other.id)).toEqual([])
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
    expect((await a.organisations.get(s.other.id))?.mergedInto).toBe(s.survivor.id)
    expect((await a.registrations.toArray()).every((r) => r.organisationId === s.survivor.id)).toBe(true)
    expect((await a.people.toArray()).filter((p) => !p.deletedAt && p.organisationId === s.other.id)).toEqual([])
  })

  it('does not bring it back from a laptop that edited it after the merge here', async () => {
    const { a, b, s } = await twoCopies()
    await mergeOn(a, s)
    await editOn(b, s.other.id, { notes: 'Endret etterpå' })
    const fromB = await exportFrom(b)
    const plan = await importInto(a, fromB, 'merge')
    expect(plan.conflicts.filter((c) => c.id === s.other.id)).toEqual([])
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
  })

  it('points what another laptop added to the merged-away organisation at the survivor', async () => {
    const { a, b, s } = await twoCopies()
    const added = await addRegistration(b, s.other.id, s.event.id)
    const fromB = await exportFrom(b)
    await mergeOn(a, s)
    await importInto(a, fromB, 'merge')
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
    expect((await a.registrations.get(added.id))?.organisationId).toBe(s.survivor.id)
    expect((await a.people.get(added.personId))?.organisationId).toBe(s.survivor.id)
  })

  it('takes a merge made on another laptop, and moves what this laptop added meanwhile', async () => {
    const { a, b, s } = await twoCopies()
    await mergeOn(b, s)
    const fromB = await exportFrom(b)
    const added = await addRegistration(a, s.other.id, s.event.id)
    await importInto(a, fromB, 'merge')
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
    expect((await a.registrations.get(added.id))?.organisationId).toBe(s.survivor.id)
    expect((await a.registrations.get(s.registration.id))?.organisationId).toBe(s.survivor.id)
  })

  it('lands an edit of the merged-away organisation’s own field in the file on the survivor', async () => {
    const { a, b, s } = await twoCopies()
    await editOn(b, s.other.id, { address: { street: 'Strandveien 5', postalCode: '0250', municipality: 'Oslo' } })
    const fromB = await exportFrom(b)
    await mergeOn(a, s)
    const plan = await importInto(a, fromB, 'merge')
    // The survivor's address was not changed here since the shared export: no question, the edit holds.
    expect(plan.conflicts).toEqual([])
    expect((await a.organisations.get(s.survivor.id))?.address.street).toBe('Strandveien 5')
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
    expect((await a.organisations.get(s.other.id))?.deletedAt).not.toBeNull()
  })

  it('asks about the survivor when its same field was changed here too, proposing the later edit', async () => {
    const { a, b, s } = await twoCopies()
    await mergeOn(a, s, { website: 'survivor' })
    const here = await a.organisations.get(s.survivor.id)
    await a.organisations.put({ ...here!, website: 'https://solstrand-eiendom.no', updatedAt: nowIso() })
    await editOn(b, s.other.id, { website: 'https://solstrand.com' })
    const fromB = await exportFrom(b)
    const plan = await importInto(a, fromB, 'merge')
    expect(plan.conflicts.map((c) => [c.id, c.local.website, c.incoming.website, c.newer])).toEqual([[s.survivor.id, 'https://solstrand-eiendom.no', 'https://solstrand.com', 'incoming']])
    expect(plan.counts.organisations?.conflicts).toBe(1)
    expect((await a.organisations.get(s.survivor.id))?.website).toBe('https://solstrand.com')
    expect(await liveSolstrand(a)).toEqual([s.survivor.id])
  })
})
