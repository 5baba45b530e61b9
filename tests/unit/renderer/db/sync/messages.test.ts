import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createOrganisation, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { leaveSyncFolder, listConflicts, takeOutboxBatch, unsentCount } from '../../../../../renderer/db/repositories/sync-repo'
import { freshDatabase, made } from '../../db-helpers'
import { laptop, MemoryFolder, on, org, sync, twoLaptops } from './memory-folder'


describe('messages: every write records its changed fields in the same transaction', () => {
  it('records nothing while this laptop does not sync', async () => {
    await freshDatabase()
    await made(createOrganisation(org('Bygg AS')))
    expect(await unsentCount()).toBe(0)
  })

  it('records one message per changed top-level field, stamped, for the table and row', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    const created = await made(createOrganisation(org('Bygg AS')))
    const before = await db().syncOutbox.toArray()
    expect(before.some((m) => m.table === 'organisations' && m.row === created.id && m.field === 'name' && m.value === 'Bygg AS')).toBe(true)
    const input = { ...org('Bygg AS'), address: { street: 'Storgata 1', postalCode: '0155', municipality: 'Oslo' } }
    await made(updateOrganisation(created.id, input))
    const after = (await db().syncOutbox.toArray()).filter((m) => !before.some((b) => b.timestamp === m.timestamp) && m.table === 'organisations')
    expect(after.map((m) => m.field).sort()).toEqual(['address', 'updatedAt'])
    expect(after.find((m) => m.field === 'address')?.value).toEqual({ street: 'Storgata 1', postalCode: '0155', municipality: 'Oslo' })
    expect(new Set((await db().syncOutbox.toArray()).map((m) => m.timestamp)).size).toBe(await unsentCount())
  })

  it('records roles as one add or remove per role', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    const o = await made(createOrganisation(org('Bygg AS')))
    const p = await made(addPerson(o.id, { ...emptyPersonInput(), name: 'Ola', roles: ['toppleder'] }))
    await made(updatePerson(p.id, { ...emptyPersonInput(), name: 'Ola', roles: ['klimakontakt'] }))
    const roles = (await db().syncOutbox.toArray()).filter((m) => m.field === 'roles').map((m) => `${m.op} ${JSON.stringify(m.value)}`)
    // The field coming into being is one `set` to an empty set; each role is its own add or remove.
    expect(roles).toEqual(['set []', 'add "toppleder"', 'add "klimakontakt"', 'remove "toppleder"'])
  })

  it('writes nothing when the write fails: change and messages go together', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    const o = await made(createOrganisation(org('Bygg AS')))
    const count = await unsentCount()
    const d = db()
    await expect(
      d.transaction('rw', [d.organisations], async () => {
        await d.organisations.put({ ...o, notes: 'halvveis' })
        throw new Error('avbrutt')
      }),
    ).rejects.toThrow('avbrutt')
    expect(await unsentCount()).toBe(count)
    expect((await getOrganisation(o.id))?.notes).toBe('')
  })

  it('never sends an erased person’s values, even those written before the erasure', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    const o = await made(createOrganisation(org('Bygg AS')))
    const p = await made(addPerson(o.id, { ...emptyPersonInput(), name: 'Hemmelig Hansen', email: 'hemmelig@bygg.no', roles: ['klimakontakt'] }))
    await erasePerson(p.id)
    const batch = await takeOutboxBatch()
    expect(JSON.stringify(batch?.messages)).not.toContain('Hemmelig')
    expect(JSON.stringify(batch?.messages)).not.toContain('hemmelig@bygg.no')
  })

  it('stops recording when the laptop leaves the group', async () => {
    const folder = new MemoryFolder()
    await laptop(folder, 'Kari')
    await leaveSyncFolder()
    await made(createOrganisation(org('Bygg AS')))
    expect(await unsentCount()).toBe(0)
  })
})

describe('apply: other laptops’ changes, field by field', () => {
  it('keeps both edits when two laptops changed different fields of one organisation', async () => {
    const { folder, kari, ola, seeded: o } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    on(kari)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), address: { street: 'Storgata 1', postalCode: '0155', municipality: 'Oslo' } }))
    on(ola)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Ringes i januar' }))
    for (const l of [kari, ola, kari]) await sync(folder, l)
    for (const l of [kari, ola]) {
      on(l)
      const got = await getOrganisation(o.id)
      expect(got?.address.street).toBe('Storgata 1')
      expect(got?.notes).toBe('Ringes i januar')
      expect(await listConflicts()).toEqual([])
    }
  })

  it('records a true conflict once, with both values and who, and the latest clock holds', async () => {
    const { folder, kari, ola, seeded: o } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    on(kari)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Kari sier ja' }))
    on(ola)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Ola sier nei' }))
    for (const l of [kari, ola, kari, ola]) await sync(folder, l)
    const notes: string[] = []
    for (const l of [kari, ola]) {
      on(l)
      notes.push(String((await getOrganisation(o.id))?.notes))
      const conflicts = (await listConflicts()).filter((c) => c.field === 'notes')
      expect(conflicts).toHaveLength(1)
      expect(conflicts[0]?.sides.map((s) => `${s.userName}: ${String(s.value)}`).sort()).toEqual(['Kari: Kari sier ja', 'Ola: Ola sier nei'])
    }
    expect(notes[0]).toBe('Ola sier nei')
    expect(notes[1]).toBe(notes[0])
  })

  it('settles a conflict on the other laptop when one decides it', async () => {
    const { folder, kari, ola, seeded: o } = await twoLaptops(() => made(createOrganisation(org('Bygg AS'))))
    on(kari)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Kari sier ja' }))
    on(ola)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Ola sier nei' }))
    for (const l of [kari, ola, kari]) await sync(folder, l)
    on(kari)
    expect((await listConflicts()).filter((c) => !c.settledAt)).toHaveLength(1)
    await made(updateOrganisation(o.id, { ...org('Bygg AS'), notes: 'Kari sier ja' }))
    expect((await listConflicts()).filter((c) => !c.settledAt)).toHaveLength(0)
    await sync(folder, kari)
    await sync(folder, ola)
    expect((await listConflicts()).filter((c) => !c.settledAt)).toHaveLength(0)
    expect((await getOrganisation(o.id))?.notes).toBe('Kari sier ja')
  })
})
