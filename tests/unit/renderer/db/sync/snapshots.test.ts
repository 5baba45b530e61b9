import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, emptyOrganisationInput, getOrganisation, listActiveOrganisations, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { listConflicts, readSyncState } from '../../../../../renderer/db/repositories/sync-repo'
import { applySnapshot, JOIN_CHUNK, snapshotPage } from '../../../../../renderer/db/repositories/sync-snapshot-repo'
import type { SyncMessage } from '../../../../../electron/shared/sync-message'
import { cellKey, fieldChanges } from '../../../../../renderer/domain/sync/fields'
import { syncRound } from '../../../../../renderer/features/sync/sync-round'
import { made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync } from './memory-folder'

const org = (name: string, notes = '') => ({ ...emptyOrganisationInput(), name, notes })

/** Rows as every laptop should hold them: the data tables, without this laptop's own bookkeeping. */
async function register() {
  const orgs = (await db().organisations.toArray()).map((o) => ({ id: o.id, name: o.name, notes: o.notes, deletedAt: o.deletedAt })).sort((a, b) => a.id.localeCompare(b.id))
  const people = (await db().people.toArray()).map((p) => ({ id: p.id, name: p.name, email: p.email, roles: p.roles })).sort((a, b) => a.id.localeCompare(b.id))
  return { orgs, people }
}

describe('joining from a snapshot', () => {
  it('is written once enough messages have built up since the last one, holding every cell once', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    await made(createOrganisation(org('Bygg AS')))
    // Due when the messages since the last snapshot reach twice what one new organisation writes.
    const one = await db().syncOutbox.count()
    folder.snapshotEvery = 2 * one
    await sync(folder, kari)
    expect(folder.snapshots).toHaveLength(0)
    for (const name of ['Energi AS', 'Kjøkken AS', 'Transport AS']) await made(createOrganisation(org(name)))
    await sync(folder, kari)
    expect(folder.snapshots).toHaveLength(1)
    const [snapshot] = folder.snapshots
    const cells = snapshot?.messages.map((m) => `${m.table}|${m.row}|${m.field}|${m.op === 'set' ? '' : JSON.stringify(m.value)}`) ?? []
    expect(new Set(cells).size).toBe(cells.length)
    expect(snapshot?.messages.filter((m) => m.table === 'organisations' && m.field === 'name').map((m) => m.value).sort()).toEqual(['Bygg AS', 'Energi AS', 'Kjøkken AS', 'Transport AS'])
    expect(snapshot?.covers[kari.installId]).toBe(2)
  })

  it('brings a new laptop the whole register from the snapshot and the files after it, with its cursors where the snapshot ends', async () => {
    const folder = new MemoryFolder()
    folder.snapshotEvery = 1
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation(org('Bygg AS')))
    const p = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Ola Nordmann', email: 'ola@bygg.no', roles: ['klimakontakt', 'toppleder'] }))
    await made(createOrganisation(org('Energi AS')))
    await sync(folder, kari)
    expect(folder.snapshots).toHaveLength(1)
    folder.pruneToSnapshot()
    folder.snapshotEvery = 1_000_000
    // Made after the snapshot: it reaches the new laptop as an ordinary file.
    await made(updateOrganisation(bygg.id, org('Bygg AS', 'Ringes i januar')))
    await sync(folder, kari)
    const expected = await register()

    const ola = await laptop(folder, 'Ola')
    const progress: [number, number][] = []
    const outcome = await syncRound(folder, 'Ola', (done, total) => progress.push([done, total]))
    expect(outcome.problems).toEqual([])
    expect(await register()).toEqual(expected)
    expect((await db().people.get(p.id))?.roles).toEqual(['klimakontakt', 'toppleder'])
    expect((await readSyncState())?.cursors[kari.installId]).toBe(2)
    const total = folder.snapshots[0]?.count ?? 0
    expect(progress[0]).toEqual([0, total])
    expect(progress.at(-1)).toEqual([total, total])

    // And it goes on as any laptop: its edit reaches Kari.
    await made(updateOrganisation(bygg.id, org('Bygg AS', 'Ola ringte')))
    await sync(folder, ola)
    await sync(folder, kari)
    expect((await getOrganisation(bygg.id))?.notes).toBe('Ola ringte')
  })

  it('applies a snapshot a second time without changing anything, and never brings back someone erased', async () => {
    const folder = new MemoryFolder()
    folder.snapshotEvery = 1
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation(org('Bygg AS')))
    const p = await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Hemmelig Hansen', email: 'hemmelig@bygg.no', roles: ['klimakontakt'] }))
    await erasePerson(p.id)
    await sync(folder, kari)
    folder.pruneToSnapshot()
    const snapshot = folder.snapshots.at(-1)
    expect(JSON.stringify(snapshot?.messages)).not.toContain('Hemmelig')

    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    const once = await register()
    expect(once.people.map((x) => x.name)).not.toContain('Hemmelig Hansen')
    expect(await db().erasures.get(p.id)).toBeTruthy()
    on(ola)
    const again = await applySnapshot({ installId: kari.installId, userName: 'Kari', covers: snapshot?.covers ?? {}, merkle: snapshot?.merkle ?? null }, snapshot?.messages ?? [])
    expect(again.applied).toBe(0)
    expect(await register()).toEqual(once)
    expect((await listActiveOrganisations()).map((o) => o.name)).toEqual(['Bygg AS'])
  })

  it('lets a laptop that joined from it find a true conflict between a cell it brought and a later file, as the others do', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const ola = await laptop(folder, 'Ola')
    on(kari)
    const bygg = await made(createOrganisation(org('Bygg AS')))
    await sync(folder, kari)
    await sync(folder, ola)
    // Both change the notes, neither having seen the other's change; Kari's is in her snapshot.
    on(kari)
    await made(updateOrganisation(bygg.id, org('Bygg AS', 'Kari ringer')))
    on(ola)
    await made(updateOrganisation(bygg.id, org('Bygg AS', 'Ola ringer')))
    folder.snapshotEvery = 1
    await sync(folder, kari)
    expect(folder.snapshots).toHaveLength(1)
    folder.snapshotEvery = 1_000_000
    await sync(folder, ola)
    const onOla = (await listConflicts()).map((c) => [c.id, c.sides.map((s) => s.value).sort()])
    expect(onOla).toHaveLength(1)

    const per = await laptop(folder, 'Per')
    await sync(folder, per)
    expect((await listConflicts()).map((c) => [c.id, c.sides.map((s) => s.value).sort()])).toEqual(onOla)
    expect(onOla[0]?.[1]).toEqual(['Kari ringer', 'Ola ringer'])
    on(per)
    expect((await listConflicts()).map((c) => c.sides.map((s) => s.userName).sort())).toEqual([['Kari', 'Ola']])
  })

  it('is written in cell order, every cell once, by a laptop that joined from one and changed a field since, page by page', async () => {
    const folder = new MemoryFolder()
    folder.snapshotEvery = 1
    const kari = await laptop(folder, 'Kari')
    const bygg = await made(createOrganisation(org('Bygg AS')))
    await made(addPerson(bygg.id, { ...emptyPersonInput(), name: 'Ola Nordmann', email: 'ola@bygg.no', roles: ['klimakontakt', 'toppleder'] }))
    await made(createOrganisation(org('Energi AS')))
    await sync(folder, kari)
    folder.snapshotEvery = 1_000_000
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    await made(updateOrganisation(bygg.id, org('Bygg AS', 'Ola ringte')))

    const whole = await snapshotPage(null, 100_000)
    const paged: typeof whole.messages = []
    for (let after: string | null = null; ; ) {
      const page = await snapshotPage(after, 3)
      expect(page.messages.length).toBeLessThanOrEqual(3)
      paged.push(...page.messages)
      if (page.last === null) break
      after = page.last
    }
    expect(paged).toEqual(whole.messages)
    const keys = whole.messages.map((m) => `${m.table}|${m.row}|${m.field}${m.op === 'set' ? '' : `|${JSON.stringify(m.value)}`}`)
    expect(keys).toEqual([...new Set(keys)].sort())
    // Every cell Kari's snapshot brought is there (Ola's edit added an audit entry's cells).
    const kariKeys = (folder.snapshots[0]?.messages ?? []).map((m) => `${m.table}|${m.row}|${m.field}${m.op === 'set' ? '' : `|${JSON.stringify(m.value)}`}`)
    expect(kariKeys.filter((k) => !keys.includes(k))).toEqual([])
    expect(keys.length).toBeGreaterThan(kariKeys.length)
    expect(whole.messages.find((m) => m.row === bygg.id && m.field === 'notes')?.value).toBe('Ola ringte')
  })

  it('larger than one chunk, with rows cut between chunks, reaches a laptop that had changed things of its own whole, and keeps what it had', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Ola')
    const own = await made(createOrganisation(org('Olas AS', 'Laget før Ola ble med')))
    // A snapshot of 301 organisations, each with a person holding two roles, as Kari's laptop writes
    // it: one message per field (per role), in cell order, stamped by her clock a minute ago.
    const writer = crypto.randomUUID()
    const node = writer.replace(/-/g, '').slice(-16)
    const at = new Date(Date.now() - 60_000).toISOString()
    const orgs = Array.from({ length: 301 }, (_, i) => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null, name: `Virksomhet ${i}`, notes: `Notat ${i}` }))
    const people = orgs.map((o, i) => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null, organisationId: o.id, name: `Kontakt ${i}`, email: `k${i}@example.no`, roles: ['klimakontakt', 'toppleder'] }))
    const changes = [...orgs.flatMap((o) => fieldChanges('organisations', o.id, undefined, o)), ...people.flatMap((p) => fieldChanges('people', p.id, undefined, p))]
    const keyOf = (m: (typeof changes)[number]) => (m.op === 'set' ? cellKey(m.table, m.row, m.field) : cellKey(m.table, m.row, m.field, m.value))
    const messages: SyncMessage[] = changes
      .sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : 1))
      .map((c, i) => ({ ...c, timestamp: `${at}-${i.toString(16).toUpperCase().padStart(4, '0')}-${node}` }))
    expect(messages.length).toBeGreaterThan(2 * JOIN_CHUNK)
    // A row cut between two chunks: its first fields in one, the rest in the next.
    const boundaries = Array.from({ length: Math.floor((messages.length - 1) / JOIN_CHUNK) }, (_, i) => (i + 1) * JOIN_CHUNK)
    const cutAt = boundaries.find((b) => messages[b - 1]?.row === messages[b]?.row)
    expect(cutAt).toBeDefined()
    const cut = messages[(cutAt as number) - 1] as SyncMessage

    const progress: number[] = []
    const outcome = await applySnapshot({ installId: writer, userName: 'Kari', covers: { [writer]: 1 }, merkle: null }, messages, (done) => progress.push(done))
    expect(outcome.problem).toBeNull()
    expect(outcome.applied).toBe(messages.length)
    expect(progress).toEqual([0, ...Array.from({ length: Math.ceil(messages.length / JOIN_CHUNK) }, (_, i) => Math.min((i + 1) * JOIN_CHUNK, messages.length))])
    const held = await register()
    expect(held.orgs).toEqual([...orgs, own].map((o) => ({ id: o.id, name: o.name, notes: o.notes, deletedAt: null })).sort((a, b) => a.id.localeCompare(b.id)))
    expect(held.people).toEqual(people.map((p) => ({ id: p.id, name: p.name, email: p.email, roles: p.roles })).sort((a, b) => a.id.localeCompare(b.id)))
    expect(await db().table(cut.table).get(cut.row)).toMatchObject({ createdAt: at, updatedAt: at, deletedAt: null })
    // Applied again, nothing changes: every cell already holds the snapshot's stamp.
    const again = await applySnapshot({ installId: writer, userName: 'Kari', covers: { [writer]: 1 }, merkle: null }, messages)
    expect(again.applied).toBe(0)
    expect(await register()).toEqual(held)
  })
})
