/**
 * Erasing a person (privacy-repo.ts), the parts the broader privacy tests left open: history found
 * by the person's id when it no longer quotes their current name, other people's history left alone,
 * application answers that give their phone number, the erasure's own entry and ledger line, and the
 * two read-only lists (proposals after the retention time, the picker). Found missing by mutation
 * testing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import type { Organisation, Person } from '../../../../../renderer/db/models'
import { historyOf, newRecord, setClock } from '../../../../../renderer/db/repositories/base'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, removePerson, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasablePeople, erasePerson, erasureProposals } from '../../../../../renderer/db/repositories/privacy-repo'
import { ERASE_SUMMARY } from '../../../../../renderer/domain/backup/erasure-ledger'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { freshDatabase, made } from '../../db-helpers'
import { laptop, MemoryFolder, on, sync } from '../sync/memory-folder'

let minute = 0
beforeEach(async () => {
  minute = 0
  setClock(() => new Date(Date.UTC(2026, 10, 1, 8, minute++)))
  await freshDatabase()
})

const organisation = (name: string) => made(createOrganisation({ ...emptyOrganisationInput(), name }, { status: 'medlem', date: '2020-01-10' }))
const person = (org: Organisation, name: string, over: Partial<{ email: string; phone: string }> = {}) =>
  made(addPerson(org.id, { name, title: 'Leder', email: over.email ?? '', phone: over.phone ?? '', roles: ['toppleder'] }))
const exported = async () => new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))

async function application(org: Organisation, answers: string[]): Promise<Application> {
  const a = newRecord({ organisationId: org.id, formId: crypto.randomUUID(), date: '2026-10-01', startedAt: '', submittedAt: '', tier: 'medlem', answers: answers.map((answer, i) => ({ question: `Spørsmål ${i + 1}`, answer, field: i === 0 ? 'measures' : undefined })), source: 'skjema.xlsx' }) as Application
  await db().applications.add(a)
  return a
}

/** A history entry as it arrives from another laptop (one that came as redacted messages has no changes). */
const arrived = (entityId: string, summary: string, changes?: object) =>
  db().auditLog.add({ id: crypto.randomUUID(), at: '2026-11-01T09:00:00.000Z', table: 'people', entityId, action: 'create', summary, userName: 'Ola', installId: 'ola', ...(changes ? { changes } : {}) } as never)

describe('erasing a person', () => {
  it('anonymises the person’s own history that quotes only a former name, and a merged copy’s too', async () => {
    const bygg = await organisation('Bygg AS')
    // The e-mail is the same (the merge asks for it); the entries naming only the former names hold no e-mail.
    const email = 'kari@bygg.no'
    const kari = await person(bygg, 'Kari Hansen', { email })
    await made(updatePerson(kari.id, { name: 'Kari Nordmann', title: 'Leder', email, phone: '', roles: ['toppleder'] }))
    const copy = await person(bygg, 'Karin Hansen', { email })
    await made(updatePerson(copy.id, { name: 'Kari N.', title: 'Leder', email, phone: '', roles: ['toppleder'] }))
    await made(mergePeople(kari.id, copy.id))
    // Entries written elsewhere before the merge reached this laptop stay on the copy's id, with the
    // name the copy had there ('K. H.'); one that arrived as redacted messages has no changes at all.
    await arrived(copy.id, 'K. H. ble lagt til hos Bygg AS', {})
    await arrived(kari.id, '')
    await erasePerson(kari.id)
    for (const id of [kari.id, copy.id]) {
      const text = JSON.stringify(await historyOf('people', id))
      for (const name of ['Kari Hansen', 'Karin Hansen', 'Kari Nordmann', 'Kari N.', 'K. H.']) expect(text).not.toContain(name)
    }
  })

  it('takes a former name and e-mail out of the organisation’s history and the applications too (a bug mutation testing led to)', async () => {
    const bygg = await organisation('Bygg AS')
    const kari = await person(bygg, 'Kari Hansen', { email: 'kari.hansen@bygg.no' })
    await made(updatePerson(kari.id, { name: 'Kari Nordmann', title: 'Leder', email: 'kari@bygg.no', phone: '', roles: ['toppleder'] }))
    const a = await application(bygg, ['Kontaktperson: Kari Hansen', 'Vi kutter utslipp'])
    await erasePerson(kari.id)
    // The organisation's "Person lagt til: Kari Hansen" was written before the new name, and quotes only the old one.
    const text = await exported()
    for (const trace of ['Kari Hansen', 'kari.hansen@bygg.no', 'Kari Nordmann', 'kari@bygg.no']) expect(text).not.toContain(trace)
    expect((await db().applications.get(a.id))?.answers.map((x) => x.answer)).toEqual(['', 'Vi kutter utslipp'])
  })

  it('leaves other people’s history as it was', async () => {
    const bygg = await organisation('Bygg AS')
    const kari = await person(bygg, 'Kari Nordmann')
    const ola = await person(bygg, 'Ola Hansen')
    // Ola's former name is no trace of Kari's.
    await made(updatePerson(ola.id, { name: 'Ola H. Hansen', title: 'Leder', email: '', phone: '', roles: ['toppleder'] }))
    const before = await historyOf('people', ola.id)
    await erasePerson(kari.id)
    expect(await historyOf('people', ola.id)).toEqual(before)
    expect(JSON.stringify(await historyOf('organisations', bygg.id))).toContain('Ola Hansen')
  })

  it('writes its own entry in the person’s history and a ledger line that takes the person on another laptop', async () => {
    const folder = new MemoryFolder()
    const kari = await laptop(folder, 'Kari')
    const bygg = await organisation('Bygg AS')
    const p = await person(bygg, 'Hemmelig Person', { email: 'hemmelig@bygg.no' })
    await sync(folder, kari)
    const ola = await laptop(folder, 'Ola')
    await sync(folder, ola)
    on(kari)
    await erasePerson(p.id)
    const [latest] = await historyOf('people', p.id)
    expect(latest).toMatchObject({ table: 'people', entityId: p.id, action: 'erase', summary: ERASE_SUMMARY, changes: {} })
    const line = await db().erasures.get(p.id)
    expect(line).toEqual({ id: p.id, table: 'people', erasedAt: (await db().people.get(p.id))?.erasedAt })
    await sync(folder, kari)
    await sync(folder, ola)
    expect(await db().people.get(p.id)).toMatchObject({ name: '', email: '' })
    expect(await db().erasures.get(p.id)).toMatchObject({ table: 'people' })
    expect((await erasablePeople()).map((x) => x.id)).not.toContain(p.id)
  })

  it('empties the answers that give the person’s phone number, trimmed, and keeps each question', async () => {
    const bygg = await organisation('Bygg AS')
    const p = await person(bygg, 'Kari Nordmann')
    // Stored untrimmed, as an older version or an import may have written it.
    await db().people.update(p.id, { phone: ' 22 33 44 55 ' })
    const a = await application(bygg, ['Vi kutter utslipp', 'Kontakt: 22 33 44 55'])
    await erasePerson(p.id)
    const stored = await db().applications.get(a.id)
    expect(stored?.answers).toEqual([
      { question: 'Spørsmål 1', answer: 'Vi kutter utslipp', field: 'measures' },
      { question: 'Spørsmål 2', answer: '', field: undefined },
    ])
    expect(await exported()).not.toContain('22 33 44 55')
  })

  it('takes a phone number of five characters from the answers, but not one of four (spaces around it do not count)', async () => {
    const bygg = await organisation('Bygg AS')
    // Written as an older version or an import may have stored them: the form asks for more digits.
    const five = await person(bygg, 'Kari Nordmann')
    const four = await person(bygg, 'Ola Hansen')
    await db().people.update(five.id, { phone: '12345' })
    await db().people.update(four.id, { phone: ' 1234' })
    const a = await application(bygg, ['Ring 12345', 'Vi har 1234 ansatte'])
    await erasePerson(four.id)
    expect((await db().applications.get(a.id))?.answers.map((x) => x.answer)).toEqual(['Ring 12345', 'Vi har 1234 ansatte'])
    await erasePerson(five.id)
    expect((await db().applications.get(a.id))?.answers.map((x) => x.answer)).toEqual(['', 'Vi har 1234 ansatte'])
  })

  it('empties an answer giving the person’s e-mail in other letters or their phone number spaced otherwise, and keeps a name written in other letters', async () => {
    const bygg = await organisation('Bygg AS')
    const p = await person(bygg, 'Kari Nordmann', { email: 'kari.nordmann@bygg.no', phone: '+47 912 34 567' })
    const a = await application(bygg, ['Skriv til KARI.NORDMANN@Bygg.no', 'Ring 91234567', 'eller 912-34-567', 'Leder: kari nordmann', 'Vi har 912 ansatte og 34 567 kvadratmeter'])
    await erasePerson(p.id)
    expect((await db().applications.get(a.id))?.answers.map((x) => x.answer)).toEqual(['', '', '', 'Leder: kari nordmann', 'Vi har 912 ansatte og 34 567 kvadratmeter'])
    expect((await exported()).toLowerCase()).not.toContain('kari.nordmann@bygg.no')
  })

  it('leaves an application that does not mention the person untouched, not even its time of change', async () => {
    const bygg = await organisation('Bygg AS')
    const p = await person(bygg, 'Kari Nordmann', { phone: '22334455' })
    const a = await application(bygg, ['Vi kutter utslipp'])
    await erasePerson(p.id)
    expect(await db().applications.get(a.id)).toEqual(a)
  })
})

/** An organisation that left or was turned down, with these status events (ids fixed, so their order is known) and one person. */
async function left(status: 'utmeldt' | 'avslatt', events: { id: string; status: string; date: string; deletedAt?: string }[]): Promise<{ org: Organisation; p: Person }> {
  const org = await organisation(status === 'utmeldt' ? 'Gått AS' : 'Avslått AS')
  await db().organisations.update(org.id, { status })
  await db().statusEvents.where('organisationId').equals(org.id).delete()
  await db().statusEvents.bulkAdd(events.map((e) => ({ ...newRecord({ organisationId: org.id, status: e.status, date: e.date, note: '' }), id: `${org.id}-${e.id}`, deletedAt: e.deletedAt ?? null })) as never)
  const p = await person(org, `Person i ${org.name}`)
  return { org, p }
}

describe('erasure proposals', () => {
  it('dates the leaving by the latest event of the current status, not by a deleted one or another status', async () => {
    // Left in 2025 (recent); an older leaving in 2021, a deleted one in 2020 and a later 'medlem' note do not count.
    const { p } = await left('utmeldt', [
      { id: 'a', status: 'utmeldt', date: '2025-06-01' },
      { id: 'b', status: 'utmeldt', date: '2021-06-01' },
      { id: 'c', status: 'utmeldt', date: '2020-01-01', deletedAt: '2025-07-01T00:00:00.000Z' },
    ])
    expect(await erasureProposals(3, '2026-11-28')).toEqual([])
    expect((await erasureProposals(1, '2026-11-28')).map((x) => [x.person.id, x.leftOn])).toEqual([[p.id, '2025-06-01']])
  })

  it('counts only a non-deleted event of the status the organisation has now', async () => {
    const { p } = await left('utmeldt', [
      { id: 'a', status: 'utmeldt', date: '2021-06-01' },
      { id: 'b', status: 'medlem', date: '2025-06-01' },
      { id: 'c', status: 'utmeldt', date: '2025-06-02', deletedAt: '2025-07-01T00:00:00.000Z' },
    ])
    expect((await erasureProposals(3, '2026-11-28')).map((x) => [x.person.id, x.leftOn])).toEqual([[p.id, '2021-06-01']])
  })

  it('says whether the organisation was turned down or left', async () => {
    await left('utmeldt', [{ id: 'a', status: 'utmeldt', date: '2021-06-01' }])
    await left('avslatt', [{ id: 'a', status: 'avslatt', date: '2021-06-01' }])
    const proposals = await erasureProposals(3, '2026-11-28')
    expect(proposals.map((x) => [x.organisationName, x.rejected]).sort()).toEqual([
      ['Avslått AS', true],
      ['Gått AS', false],
    ])
  })
})

describe('the picker of people to erase', () => {
  it('lists everyone not erased, merged away or nameless, with the organisation and the trash, in Norwegian order', async () => {
    const bygg = await organisation('Bygg AS')
    const vann = await organisation('Vann AS')
    const aase = await person(bygg, 'Åse Berg', { email: 'ase@bygg.no' })
    const oystein = await person(vann, 'Øystein Lie')
    const trashed = await person(bygg, 'Anne Dahl')
    await removePerson(trashed.id)
    const erased = await person(bygg, 'Eva Holm')
    await erasePerson(erased.id)
    const copy = await person(bygg, 'Åse B.', { email: 'ase@bygg.no' })
    await made(mergePeople(aase.id, copy.id))
    const orphan = { ...(await person(bygg, 'Zara Uten')), organisationId: 'borte' }
    await db().people.put(orphan)
    await db().people.put({ ...(await person(bygg, 'midlertidig')), name: '' })
    expect(await erasablePeople()).toEqual([
      { id: trashed.id, label: 'Anne Dahl – Bygg AS (i papirkurven)' },
      { id: orphan.id, label: 'Zara Uten – ukjent virksomhet' },
      { id: oystein.id, label: 'Øystein Lie – Vann AS' },
      { id: aase.id, label: 'Åse Berg – Bygg AS' },
    ])
  })
})
