/**
 * Erasing a person for good: the record becomes a tombstone (id and timestamps, no content) so a
 * merge never brings the person back, and the audit log keeps its entries as "slettet person".
 * Older backups still hold the person until they age out of the rotation.
 */
import type { Person } from '../models'
import { db } from '../db'
import { audit, nowIso } from './base'

export const ERASED_LABEL = 'slettet person'

export async function erasePerson(personId: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.people, d.auditLog, d.device], async () => {
    const person = await d.people.get(personId)
    if (!person || person.erasedAt) throw new Error('Personen finnes ikke eller er allerede slettet for godt.')
    const at = nowIso()
    const tombstone: Person = { ...person, name: '', title: '', email: '', phone: '', roles: [], deletedAt: person.deletedAt ?? at, erasedAt: at, updatedAt: at }
    await d.people.put(tombstone)
    const traces = [person.name, person.email].map((t) => t.trim()).filter((t) => t.length >= 3)
    const mentions = (text: string) => traces.some((t) => text.includes(t))
    const entries = await d.auditLog.toArray()
    const rewritten = entries
      .filter((e) => e.entityId === personId || mentions(e.summary) || mentions(JSON.stringify(e.changes)))
      .map((e) => ({ ...e, summary: ERASED_LABEL, changes: {} }))
    await d.auditLog.bulkPut(rewritten)
    await audit('people', personId, 'erase', `En ${ERASED_LABEL}: opplysningene er fjernet for godt`)
  })
}

export type ErasureProposal = { person: Person; organisationName: string; leftOn: string }

/** People of organisations that left more than `years` ago and are not erased yet (read only). */
export async function erasureProposals(years: number, today: string): Promise<ErasureProposal[]> {
  const d = db()
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`
  const left = (await d.organisations.where('status').equals('utmeldt').toArray()).filter((o) => !o.erasedAt)
  const out: ErasureProposal[] = []
  for (const org of left) {
    const events = (await d.statusEvents.where('organisationId').equals(org.id).toArray()).filter((e) => !e.deletedAt && e.status === 'utmeldt')
    const leftOn = events.map((e) => e.date).sort().at(-1)
    if (!leftOn || leftOn > cutoff) continue
    const people = await d.people.where('organisationId').equals(org.id).toArray()
    for (const person of people) if (!person.erasedAt) out.push({ person, organisationName: org.name, leftOn })
  }
  return out
}

/** Everyone who can be erased, for the picker: name and organisation (read only). */
export async function erasablePeople(): Promise<{ id: string; label: string }[]> {
  const d = db()
  const orgs = new Map((await d.organisations.toArray()).map((o) => [o.id, o.name]))
  return (await d.people.toArray())
    .filter((p) => !p.erasedAt && p.name)
    .map((p) => ({ id: p.id, label: `${p.name} – ${orgs.get(p.organisationId) ?? 'ukjent virksomhet'}${p.deletedAt ? ' (i papirkurven)' : ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
}
