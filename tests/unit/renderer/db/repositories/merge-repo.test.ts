import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { historyOf, setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations, mergePeople, previewOrganisationMerge } from '../../../../../renderer/db/repositories/merge-repo'
import { listTrash } from '../../../../../renderer/db/repositories/trash-repo'
import { erasablePeople, erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { ORGANISATION_REFERENCES, PERSON_REFERENCES } from '../../../../../renderer/domain/organisation/merge-references'
import { freshDatabase, made } from '../../db-helpers'
import { seedOrganisation } from '../../domain/event/seed'
import { rowsMentioning, seedDuplicates } from './merge-fixtures'

/** Every table's rows, by id: what "nothing changed" compares. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db().tables) out[table.name] = await table.toArray()
  return out
}

/** Rows not deleted, per table. */
async function liveCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const table of db().tables) out[table.name] = (await table.toArray()).filter((r: { deletedAt?: unknown }) => !r.deletedAt).length
  return out
}

const moverTables = (movers: Record<string, unknown>) => Object.keys(movers).filter((t) => movers[t] !== null).sort()

describe('merging duplicates', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-03-10T09:00:00Z'))
  })

  it('classifies every table of the database, for organisations and for people', () => {
    const tables = db().tables.map((t) => t.name).sort()
    expect(Object.keys(ORGANISATION_REFERENCES).sort()).toEqual(tables)
    expect(Object.keys(PERSON_REFERENCES).sort()).toEqual(tables)
  })

  it('moves every reference to the merged-away organisation to the survivor, from every table that has one', async () => {
    const s = await seedDuplicates()
    const done = await made(mergeOrganisations(s.survivor.id, s.other.id))
    // Each table that can refer to an organisation did, in the fixture, and was moved.
    expect(Object.keys(done.counts).sort()).toEqual(moverTables(ORGANISATION_REFERENCES))
    // What still names the merged-away id: its own deleted row, the two audit entries of the merge,
    // and the register store's entry for it, which says it is gone (one entry per organisation).
    const left = await rowsMentioning(s.other.id)
    const merged = await db().organisations.get(s.other.id)
    expect(merged).toMatchObject({ mergedInto: s.survivor.id })
    expect(merged?.deletedAt).not.toBeNull()
    const mergeEntries = (await db().auditLog.toArray()).filter((e) => e.changes.mergedFrom || e.changes.mergedInto).map((e) => `auditLog:${e.id}`)
    expect(left).toEqual([`organisations:${s.other.id}`, `registerRows:${s.other.id}`, ...mergeEntries].sort())
    expect(await db().registerRows.get(s.other.id)).toEqual({ id: s.other.id, state: 'gone' })
    expect(mergeEntries).toHaveLength(2)
    expect((await db().registrations.get(s.registration.id))?.organisationId).toBe(s.survivor.id)
    expect((await db().contracts.get(s.contract.id))?.organisationId).toBe(s.survivor.id)
    expect((await db().events.get(s.event.id))?.invitedOrganisationIds).toEqual([s.survivor.id])
    // A copy merged earlier into the merged-away record names the survivor now: no chain to follow.
    expect((await db().organisations.get(s.olderCopy.id))?.mergedInto).toBe(s.survivor.id)
    expect(done.moved).not.toContain('papirkurv')
  })

  it('keeps everything: the live rows are the same, one organisation fewer, and the fields are joined', async () => {
    const s = await seedDuplicates()
    const before = await liveCounts()
    await made(mergeOrganisations(s.survivor.id, s.other.id))
    const after = await liveCounts()
    expect(after).toEqual({ ...before, organisations: (before.organisations ?? 0) - 1, auditLog: (before.auditLog ?? 0) + 2 })
    const survivor = await db().organisations.get(s.survivor.id)
    expect(survivor).toMatchObject({ name: 'Solstrand Eiendom AS', website: 'https://solstrand.no', sector: 'Eiendom', notes: 'Registrert på den andre maskinen' })
    expect((await db().people.where('organisationId').equals(s.survivor.id).toArray()).filter((p) => !p.deletedAt).map((p) => p.name).sort()).toEqual(['Kari Nordmann', 'Kari Nordmann', 'Ola Hansen'])
  })

  it('keeps both records’ history under the survivor, with the status from both pipelines', async () => {
    const s = await seedDuplicates()
    await made(mergeOrganisations(s.survivor.id, s.other.id))
    const events = await db().statusEvents.where('organisationId').equals(s.survivor.id).toArray()
    expect(events.map((e) => e.status).sort()).toEqual(['medlem', 'soker'])
    expect(await db().organisations.get(s.survivor.id)).toMatchObject({ status: 'medlem', signedDate: '2026-03-01' })
    const history = (await historyOf('organisations', s.survivor.id)).map((e) => e.summary)
    expect(history[0]).toMatch(/^Slått sammen med Solstrand eiendom \(912 345 678\): .*2 påmeldinger.*1 kontrakt/)
    expect(history).toContain('Virksomheten Solstrand eiendom ble registrert')
  })

  it('previews the same moves without writing', async () => {
    const s = await seedDuplicates()
    const before = await snapshot()
    const preview = await made(previewOrganisationMerge(s.survivor.id, s.other.id))
    expect(preview.moved).toContain('2 påmeldinger')
    expect(preview.moved).toContain('1 kontrakt')
    expect(preview.moved).not.toContain('historikk')
    expect(preview.fields.find((f) => f.key === 'sector')).toMatchObject({ survivor: '', other: 'Eiendom', chosen: 'other' })
    expect(await snapshot()).toEqual(before)
  })

  it('refuses two different organisations, changing nothing', async () => {
    const s = await seedDuplicates()
    const stranger = await seedOrganisation('Annen AS', 'medlem', { orgNumber: '998877665' })
    const before = await snapshot()
    const different = await mergeOrganisations(s.survivor.id, stranger.id)
    expect(different.ok).toBe(false)
    if (!different.ok) expect(different.message).toContain('ikke like')
    expect(await snapshot()).toEqual(before)
  })

  it('keeps one annual report per year: the received one by default, the other kept as deleted', async () => {
    const s = await seedDuplicates()
    const own = { ...s.report, id: crypto.randomUUID(), organisationId: s.survivor.id, status: 'ikke-mottatt' as const, receivedDate: null }
    await db().annualReports.add(own)
    const preview = await made(previewOrganisationMerge(s.survivor.id, s.other.id))
    expect(preview.fields.find((f) => f.key === 'report:2026')).toMatchObject({ label: 'Årsrapport 2026', survivor: 'Ikke mottatt', other: 'Mottatt 01.02.2027', chosen: 'other' })
    await made(mergeOrganisations(s.survivor.id, s.other.id))
    const reports = await db().annualReports.where('organisationId').equals(s.survivor.id).toArray()
    expect(reports.filter((r) => !r.deletedAt).map((r) => r.id)).toEqual([s.report.id])
    expect(reports.find((r) => r.id === own.id)?.deletedAt).not.toBeNull()
    expect((await historyOf('organisations', s.survivor.id))[0]?.summary).toContain('årsrapport 2026 fra Solstrand eiendom beholdt')
  })

  it('keeps the survivor’s annual report where the user picks it', async () => {
    const s = await seedDuplicates()
    const own = { ...s.report, id: crypto.randomUUID(), organisationId: s.survivor.id, status: 'godkjent' as const }
    await db().annualReports.add(own)
    await made(mergeOrganisations(s.survivor.id, s.other.id, { 'report:2026': 'survivor' }))
    const live = (await db().annualReports.where('organisationId').equals(s.survivor.id).toArray()).filter((r) => !r.deletedAt)
    expect(live.map((r) => r.id)).toEqual([own.id])
  })

  it('keeps the merged-away organisation out of the Papirkurv, so emptying it cannot erase anything', async () => {
    const s = await seedDuplicates()
    await made(mergeOrganisations(s.survivor.id, s.other.id))
    expect((await listTrash()).map((t) => t.organisation.id)).toEqual([s.trashed.id])
  })

  it('merges two people: roles as a set, every reference moved, the duplicate gone', async () => {
    const s = await seedDuplicates()
    await db().registrations.delete(s.olaRegistration.id)
    const done = await made(mergePeople(s.kari.id, s.kari2.id))
    expect(Object.keys(done.counts).sort()).toEqual(moverTables(PERSON_REFERENCES))
    expect((await db().people.get(s.kari.id))?.roles).toEqual(['toppleder', 'klimakontakt'])
    const gone = await db().people.get(s.kari2.id)
    expect(gone).toMatchObject({ mergedInto: s.kari.id, email: '', roles: [] })
    const mergeEntries = (await db().auditLog.toArray()).filter((e) => e.changes.mergedFrom || e.changes.mergedInto).map((e) => `auditLog:${e.id}`)
    expect(await rowsMentioning(s.kari2.id)).toEqual([`people:${s.kari2.id}`, ...mergeEntries].sort())
    expect((await db().contracts.get(s.contract.id))?.signatoryPersonId).toBe(s.kari.id)
    expect((await db().diets.get(s.registration.id))?.personId).toBe(s.kari.id)
    expect((await db().people.get(s.kari3.id))?.mergedInto).toBe(s.kari.id)
  })

  it('refuses to merge two people registered for the same event, changing nothing', async () => {
    const s = await seedDuplicates()
    await db().registrations.add({ ...s.registration, id: crypto.randomUUID(), personId: s.kari.id, organisationId: s.survivor.id })
    const before = await snapshot()
    const outcome = await mergePeople(s.kari.id, s.kari2.id)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toContain('Begge er påmeldt Signeringslunsj mars')
    expect(await snapshot()).toEqual(before)
  })
})

describe('erasing a merged person', () => {
  beforeEach(async () => {
    await freshDatabase()
    setClock(() => new Date('2027-03-10T09:00:00Z'))
  })

  it('erases the copy merged into the person too, and never offers the copy on its own', async () => {
    const s = await seedDuplicates()
    await db().registrations.delete(s.olaRegistration.id)
    await made(mergePeople(s.kari.id, s.kari2.id))
    expect((await erasablePeople()).map((p) => p.id)).not.toContain(s.kari2.id)
    await erasePerson(s.kari.id)
    const copy = await db().people.get(s.kari2.id)
    expect(copy?.erasedAt).toBeTruthy()
    expect(copy?.name).toBe('')
    // The copy merged earlier into the merged-away one too: its `mergedInto` names the survivor now.
    expect((await db().erasures.toArray()).map((e) => e.id).sort()).toEqual([s.kari.id, s.kari2.id, s.kari3.id].sort())
  })
})
