/**
 * Erasing a person for good: the record becomes a tombstone (id and timestamps, no content), the
 * audit log keeps its entries as "slettet person", and the erasure ledger gets a line (id and
 * date only). The ledger travels in every export and backup, and every import applies it, so
 * neither a merge nor restoring an older backup brings the person back.
 */
import type { Application, ErasureRecord, Person } from '../models'
import { anonymisedIfAbout, answerTracesOf, ERASE_SUMMARY, ERASED_PERSON_LABEL, erasedPerson, formerTracesOf, liveOrganisationsOf, tracesOf, withoutAnswersNaming } from '../../domain/backup/erasure-ledger'
import type { Row } from '../../domain/backup/envelope'
import { db } from '../db'
import { audit, nowIso } from './base'
import { deleteDietsOfPerson } from './diets-repo'
import { eraseFromInvitationLog } from './invitation-log-repo'
import { forgetTombstone } from './sync-tombstone'
import { forgetConflictsAbout } from './sync-conflicts-repo'
import { cellReader } from './sync-cells'
import { forgetInConflicts, keptOf } from './sync-erased-answers'

export const ERASED_LABEL = ERASED_PERSON_LABEL

export async function erasePerson(personId: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.people, d.organisations, d.applications, d.auditLog, d.device, d.erasures, d.invitationLog, d.diets, d.syncCells, d.syncConflicts, d.syncState], async () => {
    const person = await d.people.get(personId)
    if (!person || person.erasedAt) throw new Error('Personen finnes ikke eller er allerede slettet for godt.')
    const at = nowIso()
    // Copies joined into this person by the duplicate merge keep a name: they are erased with it.
    const copies = await d.people.filter((p) => p.mergedInto === personId && !p.erasedAt).toArray()
    for (const p of [person, ...copies]) {
      await d.people.put(erasedPerson(p, at) as Person)
      await d.erasures.put({ id: p.id, table: 'people', erasedAt: at } satisfies ErasureRecord)
    }
    const ids = new Set([personId, ...copies.map((p) => p.id)])
    // The copies as their messages hold them (e-mail and phone), for the answers naming them, before sync's kept values go.
    const read = cellReader(d.syncCells)
    const held = await keptOf(async (keys) => (await read(keys)).map((cell) => [cell]), [person, ...copies] as Row[])
    // What sync kept of a merged-away copy's blanked details goes too (sync-tombstone.ts).
    await forgetTombstone(d.syncCells, ids)
    await forgetConflictsAbout([...ids])
    const entries = await d.auditLog.toArray()
    // A renamed person's older entries elsewhere ("Person lagt til: <former name>") quote only a former name or e-mail.
    const traces = [...[person, ...copies].flatMap(tracesOf), ...formerTracesOf(entries as Row[], ids)]
    // Also an organisation's entry quoting their name: it was a person that was deleted.
    // An entry about something else that also quotes an organisation keeps its id: emptying it later says «slettet virksomhet».
    const forgotten = { people: ids, organisations: new Set<string>(), traces, quoted: [] }
    const live = liveOrganisationsOf((await d.organisations.toArray()) as Row[])
    await d.auditLog.bulkPut(entries.flatMap((e) => anonymisedIfAbout(e as Row, forgotten, live) ?? []) as typeof entries)
    await eraseFromInvitationLog(personId, ERASED_PERSON_LABEL)
    await deleteDietsOfPerson(personId)
    // The application keeps every answer as given: the answers naming the person or a copy go too,
    // in the copies' organisations as well (the merge moves nobody).
    const named = answerTracesOf(held, formerTracesOf(entries as Row[], ids))
    const applications = (await d.applications.where('organisationId').anyOf([...named.organisations]).toArray()) as Row[]
    await d.applications.bulkPut(applications.flatMap((a) => withoutAnswersNaming(a, named, at) ?? []) as Application[])
    // A sync conflict about them keeps each laptop's answers as they were: those naming the person go there too.
    for (const a of applications) await forgetInConflicts(d.syncConflicts, a, named)
    await audit('people', personId, 'erase', ERASE_SUMMARY)
  })
}

export type ErasureProposal = { person: Person; organisationName: string; leftOn: string; rejected: boolean }

/** People of organisations that left, or were turned down, more than `years` ago and are not erased yet (read only). */
export async function erasureProposals(years: number, today: string): Promise<ErasureProposal[]> {
  const d = db()
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`
  const left = (await d.organisations.where('status').anyOf('utmeldt', 'avslatt').toArray()).filter((o) => !o.erasedAt)
  const out: ErasureProposal[] = []
  for (const org of left) {
    const events = (await d.statusEvents.where('organisationId').equals(org.id).toArray()).filter((e) => !e.deletedAt && e.status === org.status)
    const leftOn = events.map((e) => e.date).sort().at(-1)
    if (!leftOn || leftOn > cutoff) continue
    const people = await d.people.where('organisationId').equals(org.id).toArray()
    for (const person of people) if (!person.erasedAt) out.push({ person, organisationName: org.name, leftOn, rejected: org.status === 'avslatt' })
  }
  return out
}

/** Everyone who can be erased, for the picker: name and organisation (read only). */
export async function erasablePeople(): Promise<{ id: string; label: string }[]> {
  const d = db()
  const orgs = new Map((await d.organisations.toArray()).map((o) => [o.id, o.name]))
  return (await d.people.toArray())
    .filter((p) => !p.erasedAt && p.name && !p.mergedInto)
    .map((p) => ({ id: p.id, label: `${p.name} – ${orgs.get(p.organisationId) ?? 'ukjent virksomhet'}${p.deletedAt ? ' (i papirkurven)' : ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
}
