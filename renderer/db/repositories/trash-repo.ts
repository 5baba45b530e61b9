/**
 * The Papirkurv: deleting an organisation sets `deletedAt` on it and on its live people, and records
 * those people's ids on it, so restoring brings back exactly those (a person removed earlier stays
 * removed, even when removed in the same millisecond).
 * Other features hide a trashed organisation's rows through `activeOrganisationIds`. Emptying the
 * trash clears the content but keeps a tombstone (id, `deletedAt`, `erasedAt`) so an import or
 * merge can tell the deletion from a record never seen; its applications keep no answers (erasure-
 * ledger `emptiedApplication`); the organisation and its people get lines
 * in the erasure ledger, and audit entries about them keep no changes and say what was deleted:
 * "slettet virksomhet" for the organisation's own, its status events' and those quoting its name or
 * number elsewhere, "slettet person" for its people's and those quoting a person's name or e-mail.
 */
import type { Application, ErasureRecord, Organisation, Person, StatusEvent } from '../models'
import { deleteDietsOfPerson } from './diets-repo'
import { eraseFromInvitationLog } from './invitation-log-repo'
import { anonymisedIfAbout, emptiedApplication, emptiedOrganisation, emptiedStatusEvent, emptiedTraces, ERASED_PERSON_LABEL, erasedPerson, liveOrganisationsOf, ORGANISATION_ERASE_SUMMARY } from '../../domain/backup/erasure-ledger'
import type { Row } from '../../domain/backup/envelope'
import { db } from '../db'
import { audit, nowIso } from './base'
import { forgetConflictsAbout } from './sync-conflicts-repo'

export type TrashedOrganisation = { organisation: Organisation; peopleCount: number }

export async function trashOrganisation(id: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.organisations, d.people, d.auditLog, d.device], async () => {
    const org = await d.organisations.get(id)
    if (!org || org.deletedAt) throw new Error('Virksomheten finnes ikke eller ligger allerede i papirkurven.')
    const at = nowIso()
    const people = (await d.people.where('organisationId').equals(id).toArray()).filter((p) => !p.deletedAt)
    await d.organisations.put({ ...org, deletedAt: at, updatedAt: at, trashedPersonIds: people.map((p) => p.id) })
    await d.people.bulkPut(people.map((p) => ({ ...p, deletedAt: at, updatedAt: at })))
    await audit('organisations', id, 'delete', `${org.name} ble flyttet til papirkurven med ${people.length} person(er)`)
  })
}

export async function restoreOrganisation(id: string): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.organisations, d.people, d.auditLog, d.device], async () => {
    const org = await d.organisations.get(id)
    if (!org || !org.deletedAt || org.erasedAt) throw new Error('Virksomheten ligger ikke i papirkurven.')
    const at = nowIso()
    const people = (await d.people.where('organisationId').equals(id).toArray()).filter((p) => takenWith(org, p))
    await d.people.bulkPut(people.map((p) => ({ ...p, deletedAt: null, updatedAt: at })))
    const { trashedPersonIds: _taken, ...restored } = org
    await d.organisations.put({ ...restored, deletedAt: null, updatedAt: at })
    await audit('organisations', id, 'restore', `${org.name} ble gjenopprettet fra papirkurven med ${people.length} person(er)`)
  })
}

/** What is in the trash, latest first (read only). */
export async function listTrash(): Promise<TrashedOrganisation[]> {
  const d = db()
  const orgs = await d.organisations.filter((o) => !!o.deletedAt && !o.erasedAt && !o.mergedInto).toArray()
  const result: TrashedOrganisation[] = []
  for (const organisation of orgs) {
    const people = await d.people.where('organisationId').equals(organisation.id).toArray()
    result.push({ organisation, peopleCount: people.filter((p) => takenWith(organisation, p)).length })
  }
  return result.sort((a, b) => (b.organisation.deletedAt ?? '').localeCompare(a.organisation.deletedAt ?? ''))
}

/** Whether the person went to the trash with the organisation (rows trashed before the id list: by timestamp). */
function takenWith(org: Organisation, person: Person): boolean {
  if (!person.deletedAt || person.erasedAt) return false
  return org.trashedPersonIds ? org.trashedPersonIds.includes(person.id) : person.deletedAt === org.deletedAt
}

/** Empties the trash for good (the UI asks first). Returns how many organisations were erased. */
export async function emptyTrash(): Promise<number> {
  const d = db()
  return d.transaction('rw', [d.organisations, d.people, d.statusEvents, d.auditLog, d.device, d.erasures, d.invitationLog, d.diets, d.applications, d.syncConflicts, d.syncState], async () => {
    const trashed = await d.organisations.filter((o) => !!o.deletedAt && !o.erasedAt && !o.mergedInto).toArray()
    // Duplicates joined into a trashed organisation still hold their own name, number and notes (and
    // its page shows their history): they are emptied with it, as erasing a person takes its copies.
    const orgs = [...trashed, ...(await copiesOf(trashed.map((o) => o.id)))]
    const at = nowIso()
    const personIds = new Set<string>()
    const organisationIds = new Set<string>()
    const traces: string[] = []
    const quoted: string[] = []
    for (const org of orgs) {
      const people = (await d.people.where('organisationId').equals(org.id).toArray()).filter((p) => !p.erasedAt)
      const events = await d.statusEvents.where('organisationId').equals(org.id).toArray()
      // Its own entries, its people's and its status events', and entries elsewhere quoting it.
      const gone = emptiedTraces([org as Row], people as Row[], events as Row[])
      gone.people.forEach((id) => personIds.add(id))
      gone.organisations.forEach((id) => organisationIds.add(id))
      traces.push(...gone.traces)
      quoted.push(...gone.quoted)
      await d.people.bulkPut(people.map((p) => erasedPerson(p, at) as Person))
      for (const p of people) {
        await eraseFromInvitationLog(p.id, ERASED_PERSON_LABEL)
        await deleteDietsOfPerson(p.id)
      }
      await d.statusEvents.bulkPut(events.map((e) => emptiedStatusEvent(e, at) as StatusEvent))
      // Its applications hold the form's answers as given (its name, leader, e-mails, phones,
      // measures): every answer goes, and a sync conflict about one, whose sides hold them too.
      const applications = await d.applications.where('organisationId').equals(org.id).toArray()
      await d.applications.bulkPut(applications.map((a) => emptiedApplication(a as Row, at) as Application))
      if (applications.length > 0) await d.syncConflicts.where('row').anyOf(applications.map((a) => a.id)).delete()
      await d.organisations.put(emptiedOrganisation(org, at) as Organisation)
      const lines: ErasureRecord[] = [{ id: org.id, table: 'organisations', erasedAt: at }, ...people.map((p): ErasureRecord => ({ id: p.id, table: 'people', erasedAt: at }))]
      await d.erasures.bulkPut(lines)
      await forgetConflictsAbout(lines.map((l) => l.id))
      await audit('organisations', org.id, 'erase', ORGANISATION_ERASE_SUMMARY)
    }
    if (orgs.length > 0) {
      const entries = await d.auditLog.toArray()
      const forgotten = { people: personIds, organisations: organisationIds, traces, quoted }
      const live = liveOrganisationsOf((await d.organisations.toArray()) as Row[])
      await d.auditLog.bulkPut(entries.flatMap((e) => anonymisedIfAbout(e as Row, forgotten, live) ?? []) as typeof entries)
    }
    return trashed.length
  })
}

/** Organisations not yet erased whose merge chain (the duplicate merge) ends at one of `ids`. */
async function copiesOf(ids: readonly string[]): Promise<Organisation[]> {
  const merged = await db().organisations.filter((o) => !!o.mergedInto && !o.erasedAt).toArray()
  const reached = new Set(ids)
  const out: Organisation[] = []
  // Each pass takes one more link of the chains; a cycle (never settled here) only stops it.
  for (let grew = true; grew; ) {
    grew = false
    for (const o of merged) {
      if (reached.has(o.id) || !reached.has(o.mergedInto as string)) continue
      reached.add(o.id)
      out.push(o)
      grew = true
    }
  }
  return out
}
