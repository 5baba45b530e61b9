/**
 * Three laptops, one register (issue 16): random creates, field edits, deletions, erasures and
 * check-ins on three laptops, duplicate merges of organisations and of people, applications from the
 * form (answers naming someone of the organisation, or nobody) and corrections of their answers,
 * synced in random orders, some laptops cut off from the folder for a while. At the end every laptop
 * holds the same data, the latest change of every field is there, nobody erased is back (nor named
 * in an answer, nor readable in the folder's files and snapshots), an emptied organisation's
 * applications have no answers left, and every true conflict was reported.
 */
import * as fc from 'fast-check'
import { SNAPSHOT_EVERY } from '../../../../../electron/shared/channels/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { createEvent } from '../../../../../renderer/db/repositories/events-repo'
import { createOrganisation, emptyOrganisationInput, listActiveOrganisations, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, listActivePeople, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { checkInWalkIn } from '../../../../../renderer/db/repositories/registrations-repo'
import { listConflicts } from '../../../../../renderer/db/repositories/sync-repo'
import { emptyTrash, restoreOrganisation, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { mergeOrganisations, mergePeople } from '../../../../../renderer/db/repositories/merge-repo'
import { duplicatePairs } from '../../../../../renderer/domain/organisation/duplicate-pairs'
import { samePerson } from '../../../../../renderer/domain/organisation/duplicates'
import { isMergeKind, isTombstoneField, LANDING_FIELDS, LANDING_SETS } from '../../../../../renderer/domain/organisation/merged-edits'
import { emptyEventForm } from '../../../../../renderer/domain/event/event-form'
import type { Organisation, Person, PersonRole } from '../../../../../renderer/db/models'
import { canConflict, decodeValue, ERASED_FIELDS, isSetField, isSyncedTable, stableText } from '../../../../../renderer/domain/sync/fields'
import { laptop, MemoryFolder, on, sync, type Laptop } from './memory-folder'
import { made } from '../../db-helpers'
import { storeAndProjection } from '../register-store-helpers'
import { seededRun, type SeededRun } from './seeded-run'
import { addApplication, editAnswer } from './application-stories'

type Op =
  | { kind: 'createOrg'; at: number; name: string }
  | { kind: 'editOrg'; at: number; pick: number; field: 'notes' | 'website' | 'street'; value: string }
  | { kind: 'addPerson'; at: number; pick: number }
  | { kind: 'editPerson'; at: number; pick: number; email: string; roles: PersonRole[] }
  | { kind: 'trash' | 'restore'; at: number; pick: number }
  | { kind: 'erase'; at: number; pick: number; named: boolean }
  | { kind: 'emptyTrash'; at: number }
  | { kind: 'checkIn'; at: number; pick: number }
  | { kind: 'sync'; at: number }
  | { kind: 'editWhileSyncing'; at: number; pick: number; value: string }
  | { kind: 'offline'; at: number }
  | { kind: 'merge'; at: number; pick: number; flip: boolean }
  | { kind: 'mergePerson'; at: number; pick: number; flip: boolean }
  | { kind: 'join'; at: number }
  | { kind: 'apply'; at: number; pick: number; who: number; by: Naming; contact: boolean }
  | { kind: 'editAnswer'; at: number; pick: number; who: number; by: Naming; index: number }

/** How an application answer names one of its organisation's people: by name, e-mail or phone, or nobody. */
type Naming = 'name' | 'email' | 'phone' | 'nobody'

// 3: the laptop that joins mid-run (from the newest snapshot), once it has; before, the first.
const at = fc.integer({ min: 0, max: 3 })
const pick = fc.nat({ max: 20 })
const word = fc.constantFrom('', 'Ja', 'Nei', 'Kanskje')
const naming = fc.constantFrom<Naming>('name', 'email', 'phone', 'nobody')
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createOrg' as const), at, name: fc.constantFrom('Bygg AS', 'Energi AS', 'Mat AS') }),
  { arbitrary: fc.record({ kind: fc.constant('editOrg' as const), at, pick, field: fc.constantFrom('notes' as const, 'website' as const, 'street' as const), value: word }), weight: 3 },
  fc.record({ kind: fc.constant('addPerson' as const), at, pick }),
  fc.record({ kind: fc.constant('editPerson' as const), at, pick, email: fc.constantFrom('a@x.no', 'b@x.no'), roles: fc.subarray(['toppleder', 'klimakontakt', 'annen'] as PersonRole[], { minLength: 1 }) }),
  fc.record({ kind: fc.constantFrom('trash' as const, 'restore' as const), at, pick }),
  { arbitrary: fc.record({ kind: fc.constant('erase' as const), at, pick, named: fc.boolean() }), weight: 2 },
  fc.record({ kind: fc.constant('emptyTrash' as const), at }),
  fc.record({ kind: fc.constant('checkIn' as const), at, pick }),
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), at }), weight: 4 },
  fc.record({ kind: fc.constant('editWhileSyncing' as const), at, pick, value: word }),
  fc.record({ kind: fc.constant('offline' as const), at }),
  { arbitrary: fc.record({ kind: fc.constant('merge' as const), at, pick, flip: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('mergePerson' as const), at, pick, flip: fc.boolean() }), weight: 4 },
  fc.record({ kind: fc.constant('join' as const), at }),
  { arbitrary: fc.record({ kind: fc.constant('apply' as const), at, pick, who: pick, by: naming, contact: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('editAnswer' as const), at, pick, who: pick, by: naming, index: fc.nat({ max: 1 }) }), weight: 2 },
)

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
const nth = <T>(rows: T[], i: number): T | undefined => (rows.length === 0 ? undefined : rows[i % rows.length])

/**
 * A run may both merge and empty the trash: the history a merge writes about an organisation
 * emptied elsewhere is anonymised when it arrives (enforceErasures). A run may merge several
 * times, on several laptops, either way round, and merge a record already merged away elsewhere:
 * chains (C into B here, B into A there) end at one survivor, cycles (opposite ways) keep their
 * latest merge, and forks (one record into two) their later one, everywhere (merge-chains.ts,
 * sync-merge-graph.ts). `merged` counts the merges.
 * A laptop may join from a snapshot in a run with cycles or forks: the snapshot carries each
 * reference as its message holds it, and the joining laptop derives it as an apply does
 * (sync-snapshot-repo.ts, deriveAfterJoin; seed -1134804557, path 132:3:1:3:38:16:8:15:8:13:8:9:7:9
 * failed before).
 */
type World = { folder: MemoryFolder; laptops: Laptop[]; eventId: string; erased: Map<string, string[]>; serial: number; merged: number; shared: Set<string> }

async function editOrg(target: Organisation, field: 'notes' | 'website' | 'street', value: string): Promise<void> {
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, status: _s, signedDate: _g, erasedAt: _e, trashedPersonIds: _t, ...input } = target
  const next = field === 'street' ? { ...input, address: { ...input.address, street: value } } : { ...input, [field]: field === 'website' && value ? `${value.toLowerCase()}.no` : value }
  await made(updateOrganisation(target.id, next))
}

/** A person's phone number: the same length for all, so that no one's is part of another's. */
const phoneOf = (n: number) => `4${String(n).padStart(7, '0')}`

/** What may name a person in the folder, a laptop's data or an application answer (short ones would match too much). */
const personTraces = (p: Person) => [p.name, p.email, p.phone].filter((t) => t.length >= 3)

/** An answer as an applicant writes it, naming `who` (when there is someone) the way `by` says. */
function answerNaming(who: Person | undefined, by: Naming): string {
  if (!who || by === 'nobody') return 'Vi kutter utslipp fra transport'
  if (by === 'name') return `Kontaktperson er ${who.name}`
  if (by === 'email') return `Send svar til ${who.email}`
  return `Ring ${who.phone} for spørsmål`
}

async function run(w: World, o: Op): Promise<void> {
  if (o.kind === 'join') {
    // A fourth laptop chooses the folder and joins from the newest snapshot: one laptop writes one
    // first (unless it is cut off), as it does once enough has built up.
    if (w.laptops.length === 3) {
      w.folder.snapshotEvery = 1
      await sync(w.folder, w.laptops[o.at % 3] as Laptop)
      w.folder.snapshotEvery = SNAPSHOT_EVERY
      w.laptops.push(await laptop(w.folder, 'Siv'))
    }
    await sync(w.folder, w.laptops[3] as Laptop)
    return
  }
  const l = on((w.laptops[o.at] ?? w.laptops[0]) as Laptop)
  const orgs = byId(await listActiveOrganisations())
  const people = byId((await listActivePeople()).filter((p) => orgs.some((x) => x.id === p.organisationId)))
  const org = nth(orgs, 'pick' in o ? o.pick : 0)
  const person = nth(people, 'pick' in o ? o.pick : 0)
  switch (o.kind) {
    case 'createOrg':
      await made(createOrganisation({ ...emptyOrganisationInput(), name: o.name }))
      return
    case 'editOrg':
      if (org) await editOrg(org, o.field, o.value)
      return
    case 'addPerson': {
      if (!org) return
      const n = ++w.serial
      // Half of them with an e-mail others have or get too (editPerson's): duplicates to merge.
      await made(addPerson(org.id, { ...emptyPersonInput(), name: `Åse Hemmelig${n}`, email: o.pick % 2 === 0 ? `hemmelig${n}@x.no` : 'b@x.no', phone: phoneOf(n), roles: ['klimakontakt'] }))
      return
    }
    case 'editPerson':
      if (person) await made(updatePerson(person.id, { name: person.name, title: person.title, phone: person.phone, email: o.email, roles: o.roles }))
      return
    case 'trash':
      if (org) await trashOrganisation(org.id)
      return
    case 'restore': {
      // As the trash lists them: a record merged into another is not there.
      const trashed = byId((await db().organisations.toArray()).filter((x) => x.deletedAt && !x.erasedAt && !x.mergedInto))
      const target = nth(trashed, o.pick)
      if (target) await restoreOrganisation(target.id)
      return
    }
    case 'erase': {
      // Half the time someone an application answer here names: the answers rule's case.
      const answers = stableText(await db().applications.toArray())
      const named = o.named ? nth(people.filter((p) => personTraces(p).some((t) => !w.shared.has(t) && names(answers, t))), o.pick) : undefined
      const target = named ?? person
      if (target) {
        // Copies merged into them are erased with them (privacy-repo).
        for (const p of [target, ...(await db().people.filter((x) => x.mergedInto === target.id && !x.erasedAt).toArray())]) w.erased.set(p.id, personTraces(p))
        await erasePerson(target.id)
      }
      return
    }
    case 'emptyTrash': {
      const trashed = new Set((await db().organisations.toArray()).filter((x) => x.deletedAt && !x.erasedAt).map((x) => x.id))
      for (const p of await db().people.toArray()) if (trashed.has(p.organisationId) && !p.erasedAt) w.erased.set(p.id, personTraces(p))
      await emptyTrash()
      return
    }
    case 'checkIn':
      if (org && (await db().events.get(w.eventId))) {
        const n = ++w.serial
        await checkInWalkIn({ eventId: w.eventId, name: `Gjest Hemmelig${n}`, organisationId: org.id })
      }
      return
    case 'sync':
      await sync(w.folder, l)
      return
    case 'editWhileSyncing': {
      if (!org) return
      // The user saves while a round runs between its push and its pull.
      w.folder.beforePull = async () => {
        w.folder.beforePull = null
        on(l)
        await editOrg(org, 'notes', o.value)
      }
      await sync(w.folder, l)
      w.folder.beforePull = null
      return
    }
    case 'merge': {
      // The duplicate merge: the same name created twice (here or on two laptops), joined into one.
      // Without a pair here, this laptop registers one of its organisations a second time.
      const pair = nth(duplicatePairs(orgs), o.pick)
      if (pair) {
        w.merged++
        // Either way round (the dialog proposes the newer into the older, the user may swap them):
        // two laptops merging opposite ways make a cycle. A record already merged away on another
        // laptop may be merged here too, into another record (a fork).
        const [keep, drop] = o.flip ? [pair.second, pair.first] : [pair.first, pair.second]
        await made(mergeOrganisations(keep.id, drop.id))
      }
      else if (org) await made(createOrganisation({ ...emptyOrganisationInput(), name: org.name.toUpperCase() }))
      return
    }
    case 'mergePerson': {
      // Two people with the same e-mail (editPerson gives a@x.no or b@x.no) merged, either way round:
      // on two laptops, cycles (the revived person holds its own details again, sync-tombstone.ts),
      // chains and forks, as for organisations.
      const pairs = people.flatMap((a, i) => people.slice(i + 1).flatMap((b) => (samePerson(a, b) ? [[a, b] as const] : [])))
      const pair = nth(pairs, o.pick)
      if (!pair) {
        // Without a pair here, this laptop registers one of its people a second time (same e-mail,
        // another organisation maybe), as the organisation merge does: a duplicate to merge later.
        // Without anyone, someone with editPerson's shared e-mail.
        if (org) {
          const email = person?.email ?? 'a@x.no'
          w.shared.add(email)
          const n = ++w.serial
          await made(addPerson(org.id, { ...emptyPersonInput(), name: `Åse Hemmelig${n}`, email, phone: phoneOf(n), roles: ['annen'] }))
        }
        return
      }
      const [keep, drop] = o.flip ? [pair[1], pair[0]] : pair
      // Refused (both registered for the check-in's event) changes nothing.
      if ((await mergePeople(keep.id, drop.id)).ok) w.merged++
      return
    }
    case 'apply': {
      // An application from the form for one of this laptop's organisations (the import's row): its
      // first answer may name one of the organisation's people, the second is about measures.
      // Naming a contact person the import adds to the organisation, or one of the people here (then
      // of their organisation), or nobody.
      if (!org) return
      let who = o.by === 'nobody' ? undefined : nth(people, o.who)
      if (o.contact && o.by !== 'nobody') {
        const n = ++w.serial
        who = await made(addPerson(org.id, { ...emptyPersonInput(), name: `Åse Hemmelig${n}`, email: `hemmelig${n}@x.no`, phone: phoneOf(n), roles: ['klimakontakt'] }))
      }
      await addApplication(who?.organisationId ?? org.id, [answerNaming(who, o.by), 'Solceller på taket'])
      return
    }
    case 'editAnswer': {
      // A correction of one answer of an application of an organisation in the register here, which
      // may now name one of its people (made where an erasure has not arrived yet, say).
      const applications = byId((await db().applications.toArray()).filter((a) => orgs.some((x) => x.id === a.organisationId)))
      const target = nth(applications, o.pick)
      if (!target) return
      const who = nth(people.filter((p) => p.organisationId === target.organisationId), o.who)
      await editAnswer(target.id, o.index, answerNaming(who, o.by))
      return
    }
    case 'offline':
      if (w.folder.offline.has(l.installId)) w.folder.offline.delete(l.installId)
      else w.folder.offline.add(l.installId)
  }
}

async function syncedTables(l: Laptop): Promise<Record<string, unknown[]>> {
  on(l)
  const out: Record<string, unknown[]> = {}
  for (const t of l.db.tables) if (isSyncedTable(t.name)) out[t.name] = byId((await t.toArray()) as { id: string }[])
  return out
}

type Sent = { table: string; row: string; field: string; op: string; value: unknown; ts: string; installId: string; seq: number; seen: Record<string, number>; redacted: boolean }

function sentMessages(folder: MemoryFolder): Sent[] {
  return [...folder.files.values()].flat().flatMap((f) =>
    f.messages.map((m) => ({ table: m.table, row: m.row, field: m.field, op: m.op, value: m.value, ts: m.timestamp, installId: f.installId, seq: f.seq, seen: f.seen, redacted: m.redacted === true })),
  )
}

const concurrent = (a: Sent, b: Sent) => a.installId !== b.installId && (a.seen[b.installId] ?? 0) < b.seq && (b.seen[a.installId] ?? 0) < a.seq

type Tables = Record<string, unknown[]>

/** Where two laptops' data differ: table, row and field, with both values (empty when identical). */
function differences(a: Tables, b: Tables): string[] {
  const out: string[] = []
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const rows = (t: Tables) => new Map((t[table] ?? []).map((r) => [(r as { id: string }).id, r as Record<string, unknown>]))
    const [ra, rb] = [rows(a), rows(b)]
    for (const id of new Set([...ra.keys(), ...rb.keys()])) {
      const [x, y] = [ra.get(id), rb.get(id)]
      if (!x || !y) {
        out.push(`${table} ${id}: only on ${x ? 'the first' : 'the other'}`)
        continue
      }
      // Hidden fields too: a merged-away record gives back what had landed on it as a survivor
      // (sync-tombstone.ts), so it holds the same on every laptop (landed-then-merged.test.ts).
      for (const f of new Set([...Object.keys(x), ...Object.keys(y)])) if (stableText(x[f]) !== stableText(y[f])) out.push(`${table} ${id}${x.mergedInto ? ' (merged away)' : ''}.${f}: ${stableText(x[f])} / ${stableText(y[f])}`)
    }
  }
  return out
}

/**
 * Whether `text` holds `trace` as such: «Åse Hemmelig1» is not named by «Åse Hemmelig12» (another
 * person), though the answers rule, matching parts, empties an answer naming the second too.
 */
function names(text: string, trace: string): boolean {
  for (let i = text.indexOf(trace); i >= 0; i = text.indexOf(trace, i + 1)) if (!/\d/.test(text[i + trace.length] ?? '')) return true
  return false
}

async function check(w: World): Promise<void> {
  const [first, ...rest] = await Promise.all(w.laptops.map(syncedTables))
  for (const other of rest) expect(differences(first as Tables, other)).toEqual([])
  const data = first as Record<string, { id: string; [k: string]: unknown }[]>
  const erasedIds = new Set((data.erasures ?? []).map((e) => e.id))
  const emptiedOrgs = new Set((data.erasures ?? []).filter((e) => e.table === 'organisations').map((e) => e.id))
  const rowOf = (table: string, id: string) => data[table]?.find((r) => r.id === id)
  const erasedRow = (table: string, row: string) =>
    erasedIds.has(row) || (table === 'statusEvents' && emptiedOrgs.has(String(rowOf(table, row)?.organisationId))) || (table === 'auditLog' && ERASED_FIELDS.auditLog?.length)

  // Merged duplicates: the merged-away record stays deleted, and nothing refers to it but its own
  // row and the history. Its edits may land on the survivor, so their fields are checked by the
  // merge's own tests (merged-away.test.ts), not by the latest clock of the survivor's cell.
  // Organisations and people (ids never repeat across tables).
  const merged = new Map([...(data.organisations ?? []), ...(data.people ?? [])].filter((o) => typeof o.mergedInto === 'string').map((o) => [o.id, String(o.mergedInto)]))
  const tableOf = new Map([...(data.organisations ?? []).map((o) => [o.id, 'organisations'] as const), ...(data.people ?? []).map((p) => [p.id, 'people'] as const)])
  const survivorOf = (id: string): string => {
    let to = id
    for (let i = 0; i < 10 && merged.has(to); i++) to = merged.get(to) as string
    return to
  }
  for (const id of merged.keys()) {
    const kind = tableOf.get(id) as string
    expect(rowOf(kind, id)?.deletedAt, `merged-away ${id} stays deleted`).toBeTruthy()
    // Never a chain nor a cycle: the record it names stands.
    expect(merged.has(String(rowOf(kind, id)?.mergedInto)), `merged-away ${kind} ${id} names a record that stands (${stableText(rowOf(kind, String(rowOf(kind, id)?.mergedInto)))})`).toBe(false)
    // A merged-away person keeps only a name (merge-repo.ts).
    if (kind === 'people' && !rowOf(kind, id)?.erasedAt) expect([rowOf(kind, id)?.title, rowOf(kind, id)?.email, rowOf(kind, id)?.phone, rowOf(kind, id)?.roles], `merged-away person ${id}`).toEqual(['', '', '', []])
    for (const [table, rows] of Object.entries(data)) {
      if (table === 'auditLog') continue
      for (const row of rows) if (row.id !== id && stableText(row).includes(id)) expect.fail(`${table} ${row.id} still refers to the merged-away ${id}`)
    }
  }
  // A record a cycle's earlier merge had merged away stands again (merge-chains.ts): its merge's cells are not what it holds.
  const merges = sentMessages(w.folder).filter((m) => isMergeKind(m.table) && m.field === 'mergedInto')
  const everMerged = new Set(merges.map((m) => m.row))
  // Edits land on a record while it is a survivor, also one merged away later in a chain.
  const everSurvivor = new Set(merges.map((m) => String(decodeValue(m.value as never))))
  // A merged-away person's title, e-mail, phone and roles are blank whatever its messages hold (sync-tombstone.ts).
  const landed = (table: string, row: string, field: string) =>
    isMergeKind(table) &&
    ((merged.has(row) || everMerged.has(row)) && (field === 'deletedAt' || field === 'mergedInto')
      ? true
      : (merged.has(row) && isTombstoneField(table, field)) || ((everSurvivor.has(row) || [...merged.values()].includes(row)) && (LANDING_FIELDS[table].includes(field) || LANDING_SETS[table].includes(field))))
  // A reference (or a list of them: an organisation's trashed people, where the movers unite ids that
  // became one) names the survivor of a merged-away record.
  const redirected = (v: unknown): unknown => (Array.isArray(v) ? [...new Set(v.map(redirected))] : typeof v === 'string' && merged.has(v) ? survivorOf(v) : v)

  // The latest clock of every field is what every laptop holds.
  const sent = sentMessages(w.folder)
  const latest = new Map<string, Sent>()
  for (const m of sent) {
    const key = m.op === 'set' ? `${m.table}|${m.row}|${m.field}` : `${m.table}|${m.row}|${m.field}|${stableText(m.value)}`
    const known = latest.get(key)
    if (!known || m.ts > known.ts) latest.set(key, m)
  }
  for (const m of latest.values()) {
    if (m.redacted || erasedRow(m.table, m.row) || landed(m.table, m.row, m.field)) continue
    const row = rowOf(m.table, m.row)
    expect(row, `${m.table} ${m.row}`).toBeDefined()
    const value = row?.[m.field]
    // A set field's `set` only says whether the field is there; its elements are adds and removes.
    if (m.op === 'set' && isSetField(m.table, m.field)) expect(Array.isArray(value), `${m.table}.${m.field}`).toBe(Array.isArray(decodeValue(m.value as never)))
    else if (m.op === 'set') expect(stableText(value), `${m.table}.${m.field}`).toBe(stableText(redirected(decodeValue(m.value as never))))
    else if (!merged.has(String(m.value))) expect((Array.isArray(value) ? value : []).map((v) => stableText(v)).includes(stableText(m.value)), `${m.table}.${m.field} ${m.op}`).toBe(m.op === 'add')
  }

  // Nobody erased comes back, on any laptop (an application's answers among their data) or in the
  // folder (its message files and snapshots): not by name, e-mail nor phone, as the erasing laptop
  // knew them.
  const folderText = w.folder.allText()
  const laptopTexts = await Promise.all(w.laptops.map(async (l) => stableText(await syncedTables(l))))
  for (const [id, traces] of w.erased) {
    const p = rowOf('people', id) as Person | undefined
    expect(p?.erasedAt).toBeTruthy()
    expect([p?.name, p?.email, p?.phone]).toEqual(['', '', ''])
    // An e-mail given to several people (editPerson's, a duplicate's) is also theirs, now or in their
    // older messages: the names (one per person) are the traces then.
    for (const t of traces.filter((x) => !w.shared.has(x))) {
      expect(names(folderText, t), `the folder names the erased ${t}`).toBe(false)
      w.laptops.forEach((l, i) => expect(names(laptopTexts[i] as string, t), `${l.name} names the erased ${t}`).toBe(false))
    }
  }
  // An emptied organisation's applications keep their questions, every answer emptied (erasure-ledger
  // `emptiedApplication`), however they came there (imported, edited or moved there by a merge, anywhere).
  for (const a of data.applications ?? []) {
    if (!emptiedOrgs.has(String(a.organisationId))) continue
    expect((a.answers as { answer: string }[]).filter((x) => x.answer !== ''), `application ${a.id} of the emptied ${String(a.organisationId)}`).toEqual([])
  }

  // Every true conflict is reported, once, and nothing else is.
  const conflicts = new Map<string, { cell: string; values: string[] }>()
  for (const l of w.laptops) {
    on(l)
    const mine = await listConflicts()
    expect(new Set(mine.map((c) => c.id)).size).toBe(mine.length)
    for (const c of mine) {
      // A side may be an edit of a merged-away record that landed on this survivor, or on a record that
      // was its survivor then and was merged away itself later (a chain).
      const [table, row, field] = c.cell.split('|') as [string, string, string]
      const about = (m: Sent) => (m.table === table && m.field === field && (m.row === row || survivorOf(m.row) === row || (everMerged.has(m.row) && everSurvivor.has(row))))
      const [a, b] = c.sides.map((s) => sent.find((m) => m.ts === s.ts && about(m)))
      expect(a && b && concurrent(a, b), `conflict ${c.id} is a true one`).toBe(true)
      conflicts.set(c.id, { cell: c.cell, values: c.sides.map((s) => stableText(s.value)) })
    }
  }
  const sets = sent.filter((m) => m.op === 'set' && !isSetField(m.table, m.field) && !m.redacted && canConflict(m.field) && !erasedRow(m.table, m.row))
  for (const m of sets) {
    const cell = `${m.table}|${m.row}|${m.field}`
    if (landed(m.table, m.row, m.field) || merged.has(m.row)) continue
    const same = sets.filter((x) => x !== m && `${x.table}|${x.row}|${x.field}` === cell)
    const replaced = same.some((x) => (x.installId === m.installId ? x.ts > m.ts : (x.seen[m.installId] ?? 0) >= m.seq))
    const final = stableText(rowOf(m.table, m.row)?.[m.field])
    if (replaced || final === stableText(redirected(decodeValue(m.value as never)))) continue
    const reported = [...conflicts.values()].some((c) => c.cell === cell && c.values.includes(stableText(m.value)))
    expect(reported, `the lost edit ${cell} = ${stableText(m.value)} is in a conflict`).toBe(true)
  }

  // The register's narrow store (issue 17) equals a fresh projection of organisations and people on
  // every laptop: whatever sync applied, merged, emptied or erased, it did not drift.
  for (const l of w.laptops) {
    const { stored, projected } = await storeAndProjection(l.db)
    expect(stored, `the register store on ${l.name}`).toEqual(projected)
  }
}

const RUNS = Number(process.env.FC_NUM_RUNS ?? 25)
/**
 * FC_TWICE=1: each run is simulated twice in this process and must pass through the same states (a
 * determinism check; FC_TRACE_DIR=<dir> writes both runs' states, step by step, as JSON to diff).
 * FC_STATES=<file>: one line per run with every step's state hash, to compare two processes (one of
 * them loaded, or started at FC_PATH=<n> so no runs come before) run by run.
 */
const TWICE = process.env.FC_TWICE === '1'
/**
 * The suite runs a fixed seed, so `npm test` (and CI) gives the same answer on every run: every
 * random input of a run now comes from its seed (seeded-run.ts), so the seed fixes the whole run.
 * The seeds the closing note of stop 24 listed as open now pass (emptied-then-forked, emptied-then-
 * merged-person, replaced-stray-edit tests); search for more with FC_SEED=random and a large
 * FC_NUM_RUNS (a failure replays with FC_SEED/FC_PATH). A failure found that way is fixed in the app
 * and kept as a focused test beside this one.
 */
const SUITE_SEED = 20261130
const SEED = process.env.FC_SEED === 'random' ? randomSeed() : Number(process.env.FC_SEED ?? SUITE_SEED)

/** A random search's seed, printed, so that a run that passes can be repeated too (fast-check prints only a failing one's). */
function randomSeed(): number {
  const seed = Math.floor(Math.random() * 2 ** 32) - 2 ** 31
  console.log(`three laptops: FC_SEED=${seed}`)
  return seed
}

let seeded: SeededRun | null = null

/**
 * A history entry's `seq` counts per program (base.ts), not per run: the history's order within one
 * millisecond, read by nothing that syncs. It is the one value a run takes from the runs before it in
 * the same process, so the states of two runs compare without it (rows and messages alike).
 */
function withoutAuditSeq(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAuditSeq)
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value
  const o = value as Record<string, unknown>
  if (o.table === 'auditLog' && o.field === 'seq') return { ...o, value: null }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withoutAuditSeq(v)]))
}

/** Every table of every laptop, and the folder's files and snapshots: the state a step left. */
async function stateOf(w: World): Promise<string> {
  const out: Record<string, unknown> = { folder: [...w.folder.files.values()], snapshots: w.folder.snapshots }
  for (const l of w.laptops) for (const t of l.db.tables) out[`${l.name}.${t.name}`] = ((await t.toArray()) as Record<string, unknown>[]).map((r) => (t.name === 'auditLog' ? { ...r, seq: null } : r))
  return stableText(withoutAuditSeq(out))
}

/** Where two traces of the same run part: the step and what differs there (table by table), or null. */
function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue
    const [x, y] = [JSON.parse(a[i] ?? '{}') as Record<string, unknown>, JSON.parse(b[i] ?? '{}') as Record<string, unknown>]
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => stableText(x[k]) !== stableText(y[k]))
    return `step ${i}: ${keys.map((k) => `${k}: ${stableText(x[k]).slice(0, 4000)} / ${stableText(y[k]).slice(0, 4000)}`).join('\n')}`
  }
  return null
}

/** One run: the laptops, the shared start, the operations and the closing rounds; `trace` gets the state after each step. */
async function simulate(ops: Op[], seed: number, trace?: string[]): Promise<World> {
  // Ids, install ids (the clocks' tie-break) and the wall clock come from the run's seed, so a
  // failure replays (seed -1348431237 once failed and passed on replay when they were random).
  seeded?.restore()
  const clock = (seeded = seededRun(seed))
  const folder = new MemoryFolder()
  const laptops = [await laptop(folder, 'Kari'), await laptop(folder, 'Ola'), await laptop(folder, 'Per')]
  on(laptops[0] as Laptop)
  const event = await made(createEvent({ ...emptyEventForm(), kind: emptyEventForm().kind, title: 'Nettverksmøte', date: '01.12.2026', startTime: '09.00', endTime: '11.00', place: 'Rådhuset' }))
  const w: World = { folder, laptops, eventId: event.id, erased: new Map(), serial: 0, merged: 0, shared: new Set(['a@x.no', 'b@x.no']) }
  // The same organisation registered on three laptops: probable duplicates everywhere, to merge
  // (three, so that merges on two laptops can chain: C into B there, B into A here).
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Klima AS' }))
  on(laptops[1] as Laptop)
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'KLIMA AS' }))
  on(laptops[2] as Laptop)
  await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Klima as' }))
  for (const l of [laptops[0], laptops[1], laptops[2], laptops[0], laptops[1]] as Laptop[]) await sync(folder, l)
  if (trace) trace.push(await stateOf(w))
  for (const o of ops) {
    clock.step()
    await run(w, o)
    if (trace) trace.push(await stateOf(w))
  }
  folder.offline.clear()
  for (let round = 0; round < 3; round++) {
    for (const l of laptops) {
      await sync(folder, l)
      if (trace) trace.push(await stateOf(w))
    }
  }
  return w
}

describe('three laptops syncing through one folder', () => {
  afterEach(() => {
    seeded?.restore()
    seeded = null
  })

  it('end with the same data, the latest edit of each field, nobody erased back and every true conflict reported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 28 }), fc.noShrink(fc.integer()), async (ops, seed) => {
        if (TWICE) {
          // The same run again must pass through the same states: the first step where it does not names the cause.
          const first: string[] = []
          await simulate(ops, seed, first)
          const second: string[] = []
          const w = await simulate(ops, seed, second)
          if (process.env.FC_TRACE_DIR && firstDifference(first, second) !== null) {
            const { writeFileSync } = await import('node:fs')
            first.forEach((t, i) => writeFileSync(`${process.env.FC_TRACE_DIR}/a-${i}.json`, JSON.stringify(JSON.parse(t), null, 1)))
            second.forEach((t, i) => writeFileSync(`${process.env.FC_TRACE_DIR}/b-${i}.json`, JSON.stringify(JSON.parse(t), null, 1)))
          }
          expect(firstDifference(first, second), 'the same seed twice').toBe(null)
          await check(w)
          return
        }
        if (process.env.FC_STATES) {
          // Every step's state, hashed, one line per run: two processes' files compare run by run.
          const trace: string[] = []
          const w = await simulate(ops, seed, trace)
          const { appendFileSync } = await import('node:fs')
          const { createHash } = await import('node:crypto')
          appendFileSync(process.env.FC_STATES, `${seed} ${trace.map((t) => createHash('sha1').update(t).digest('hex').slice(0, 8)).join(' ')}\n`)
          await check(w)
          return
        }
        await check(await simulate(ops, seed))
      }),
      // FC_NUM_RUNS, FC_SEED (a number, or "random"), FC_PATH (and FC_END_ON_FAILURE=1: report the first failure unshrunk) by hand.
      { numRuns: RUNS, seed: SEED, ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}), endOnFailure: process.env.FC_END_ON_FAILURE === '1' },
    )
  }, Math.max(300_000, RUNS * 20_000))

  // Found by a random search (seed 1701361281, path 290), replayed as found. Ola merged KLIMA AS into an
  // organisation Per had emptied; his round anonymised the moved entries, pushed them, then blanked every
  // value of those entries in his own files, the anonymised push among them, and kept the re-sent values
  // in his outbox until his next round. Kari, pulling in between, got only blanks and kept
  // «Virksomheten KLIMA AS ble registrert». The round now pushes right after blanking (sync-round.ts).
  it('send what blanking re-records in the same round (seed 1701361281, path 290)', async () => {
    const ops: Op[] = [
      { kind: 'editPerson', at: 1, pick: 13, email: 'a@x.no', roles: ['toppleder', 'klimakontakt', 'annen'] },
      { kind: 'sync', at: 3 },
      { kind: 'trash', at: 2, pick: 2 },
      { kind: 'editWhileSyncing', at: 2, pick: 14, value: 'Ja' },
      { kind: 'mergePerson', at: 1, pick: 11, flip: false },
      { kind: 'editOrg', at: 3, pick: 8, field: 'street', value: 'Ja' },
      { kind: 'emptyTrash', at: 2 },
      { kind: 'merge', at: 1, pick: 2, flip: true },
      { kind: 'sync', at: 0 },
      { kind: 'merge', at: 2, pick: 15, flip: true },
      { kind: 'mergePerson', at: 2, pick: 8, flip: true },
      { kind: 'offline', at: 0 },
      { kind: 'addPerson', at: 2, pick: 7 },
    ]
    await check(await simulate(ops, -2147483623))
  })

  // Found by a random search (seed 1593139374, path 189), replayed as found. In the closing rounds Per's
  // apply blanked an organisation of its own accord (publishDerivedErasures) and recorded it; the
  // register store's middleware beneath answered the organisation's put after more plain-promise steps
  // than Dexie follows, so the sync middleware's next write found no transaction and the whole apply
  // failed ("Cannot read properties of undefined (reading 'table')"). It awaits the write below as a
  // Dexie promise now (sync-middleware.ts, inZone).
  it('record a write whose middleware beneath takes many steps (seed 1593139374, path 189)', async () => {
    const ops: Op[] = [
      { kind: 'offline', at: 3 },
      { kind: 'checkIn', at: 3, pick: 11 },
      { kind: 'editOrg', at: 0, pick: 5, field: 'notes', value: '' },
      { kind: 'mergePerson', at: 0, pick: 0, flip: false },
      { kind: 'editOrg', at: 0, pick: 7, field: 'notes', value: 'Nei' },
      { kind: 'editPerson', at: 0, pick: 10, email: 'a@x.no', roles: ['klimakontakt'] },
      { kind: 'editOrg', at: 3, pick: 17, field: 'website', value: '' },
      { kind: 'merge', at: 2, pick: 4, flip: true },
      { kind: 'mergePerson', at: 3, pick: 11, flip: true },
      { kind: 'merge', at: 0, pick: 14, flip: true },
      { kind: 'restore', at: 3, pick: 3 },
      { kind: 'offline', at: 1 },
      { kind: 'addPerson', at: 3, pick: 6 },
      { kind: 'trash', at: 3, pick: 17 },
      { kind: 'emptyTrash', at: 0 },
      { kind: 'createOrg', at: 3, name: 'Bygg AS' },
      { kind: 'mergePerson', at: 1, pick: 6, flip: true },
      { kind: 'editOrg', at: 2, pick: 13, field: 'website', value: 'Nei' },
    ]
    await check(await simulate(ops, -826387436))
  })
})
