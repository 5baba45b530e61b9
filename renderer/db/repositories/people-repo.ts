/** People of an organisation, with their roles. Names and titles must be printable. */
import type { Person } from '../models'
import { db } from '../db'
import { validatePerson, type PersonInput } from '../../domain/organisation/validation'
import { invalidFields, notFound, ok, type Outcome } from '../../lib/result'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'

export type { PersonInput }

export const emptyPersonInput = (): PersonInput => ({ name: '', title: '', email: '', phone: '', roles: [] })

function cleanPerson(input: PersonInput): Outcome<PersonInput> {
  const errors = validatePerson(input)
  if (Object.keys(errors).length > 0) return invalidFields(errors)
  return ok(nfc({
    name: input.name.trim().replace(/\s+/g, ' '),
    title: input.title.trim(),
    email: input.email.trim(),
    phone: input.phone.trim(),
    roles: [...new Set(input.roles)],
  }))
}

/** Live people of one organisation, top leaders first, then by name. */
export async function peopleOf(organisationId: string): Promise<Person[]> {
  const rows = await db().people.where('organisationId').equals(organisationId).toArray()
  return rows.filter((p) => !p.deletedAt)
}

/** Every live person, for the register's search and climate-contact column. */
export async function listActivePeople(): Promise<Person[]> {
  return (await db().people.toArray()).filter((p) => !p.deletedAt)
}

export async function addPerson(organisationId: string, input: PersonInput): Promise<Outcome<Person>> {
  const clean = cleanPerson(input)
  if (!clean.ok) return clean
  const d = db()
  return d.transaction('rw', [d.organisations, d.people, d.auditLog, d.device], async () => {
    const org = await d.organisations.get(organisationId)
    if (!org || org.deletedAt) return notFound('Virksomheten finnes ikke eller ligger i papirkurven.')
    const person = newRecord({ ...clean.data, organisationId }) as Person
    await d.people.add(person)
    await audit('people', person.id, 'create', `${person.name} ble lagt til hos ${org.name}`)
    await audit('organisations', organisationId, 'update', `Person lagt til: ${person.name}`)
    return ok(person)
  })
}

export async function updatePerson(id: string, input: PersonInput): Promise<Outcome<Person>> {
  const clean = cleanPerson(input)
  if (!clean.ok) return clean
  const d = db()
  return d.transaction('rw', [d.people, d.auditLog, d.device], async () => {
    const before = await d.people.get(id)
    if (!before || before.deletedAt) return notFound('Personen finnes ikke.')
    const after: Person = { ...before, ...clean.data, updatedAt: nowIso() }
    const changes = diffRecords(before, after)
    if (Object.keys(changes).length === 0) return ok(before)
    await d.people.put(after)
    await audit('people', id, 'update', `Opplysninger om ${after.name} ble endret`, changes)
    await audit('organisations', before.organisationId, 'update', `Person endret: ${after.name}`, changes)
    return ok(after)
  })
}

/** Soft delete; `restorePerson` undoes it. */
export async function removePerson(id: string): Promise<void> {
  await setPersonDeleted(id, true)
}

export async function restorePerson(id: string): Promise<void> {
  await setPersonDeleted(id, false)
}

async function setPersonDeleted(id: string, deleted: boolean): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.people, d.auditLog, d.device], async () => {
    const person = await d.people.get(id)
    if (!person) throw new Error('Personen finnes ikke.')
    const at = nowIso()
    await d.people.put({ ...person, deletedAt: deleted ? at : null, updatedAt: at })
    await audit('people', id, deleted ? 'delete' : 'restore', `${person.name} ble ${deleted ? 'fjernet' : 'gjenopprettet'}`)
    await audit('organisations', person.organisationId, 'update', `Person ${deleted ? 'fjernet' : 'gjenopprettet'}: ${person.name}`)
  })
}
