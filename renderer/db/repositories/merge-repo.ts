/**
 * The duplicate merge: joins two organisations (or two people) the duplicate rule matches, in one
 * transaction over every table. Every reference to the merged-away record moves to the survivor,
 * its history (status events, audit entries) is kept under the survivor, and the merged-away record
 * stays as a deleted row with `mergedInto`, so an older file cannot bring it back as a second record
 * (the import planner keeps it deleted and points the file's references at the survivor).
 */
import type { Table } from 'dexie'
import type { Organisation, StatusEvent } from '../models'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { db } from '../db'
import type { DataTable } from '../schema'
import { LOCAL_TABLES } from '../schema'
import { planOrganisationMerge, planPersonMerge, reportChoices, type MergeField, type MergeSide, type ReportChoice } from '../../domain/organisation/merge-plan'
import { movedText, ORGANISATION_REFERENCES, PERSON_REFERENCES, type MergeKind, type Mover, type Row } from '../../domain/organisation/merge-references'
import { currentStatus, joinedDate, membershipPeriods } from '../../domain/organisation/membership-periods'
import { notFound, ok, refused, type Outcome } from '../../lib/result'
import { audit, diffRecords, nowIso, refusable } from './base'
import { sealUndo, type MergeUndo } from './merge-undo'
import { settleMergedAway } from './sync-tombstone'

// Every table of the schema is classified: a table added without an entry does not compile.
type SchemaTable = DataTable | (typeof LOCAL_TABLES)[number]
const _organisationTables: Record<SchemaTable, Mover | null> = ORGANISATION_REFERENCES
const _personTables: Record<SchemaTable, Mover | null> = PERSON_REFERENCES
void _organisationTables
void _personTables

export type MergeCounts = Record<string, number>
export type MergePreview = { fields: MergeField[]; counts: MergeCounts; moved: string }
/** `undo`: what the merge changed, for "Angre" right after (merge-undo.ts). */
export type MergeDone = { survivorId: string; counts: MergeCounts; moved: string; undo: MergeUndo }

type Movers = Readonly<Record<string, Mover | null>>
type Moved = { counts: MergeCounts; rows: Map<Table, Row[]>; originals: { table: string; row: Row }[] }

/** Runs each table's mover over its rows; a table the movers do not know is a bug, not a guess. */
async function collectMoves(movers: Movers, from: string, to: string): Promise<Moved> {
  const counts: MergeCounts = {}
  const rows = new Map<Table, Row[]>()
  const originals: { table: string; row: Row }[] = []
  for (const table of db().tables) {
    if (!Object.hasOwn(movers, table.name)) throw new Error(`Tabellen «${table.name}» er ikke med i sammenslåingen.`)
    const move = movers[table.name]
    if (!move) continue
    const changed: Row[] = []
    await table.each((row: Row) => {
      const next = move(row, from, to)
      if (next) {
        changed.push(next)
        originals.push({ table: table.name, row })
      }
    })
    if (changed.length) {
      counts[table.name] = changed.length
      rows.set(table, changed)
    }
  }
  return { counts, rows, originals }
}

async function writeMoves(moved: Moved, at: string): Promise<void> {
  for (const [table, rows] of moved.rows) {
    // Moved rows are changes: the next merge import or sync must see them as newer than the file's.
    await table.bulkPut(rows.map((r) => ('updatedAt' in r && table.name !== 'diets' ? { ...r, updatedAt: at } : r)))
  }
}

/**
 * What the user is told moved: not the history, and not records merged earlier into the merged-away
 * one (rows of the merge's own table: they now name the survivor, which is bookkeeping).
 */
const countsWithoutHistory = (counts: MergeCounts, kind: MergeKind): MergeCounts => Object.fromEntries(Object.entries(counts).filter(([t]) => t !== 'auditLog' && t !== kind))

/** Years both have a live annual report for: one per year stays, as the user picks. */
async function reportClashes(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>>): Promise<ReportChoice[]> {
  const d = db()
  const live = (id: string) => d.annualReports.where('organisationId').equals(id).filter((r) => r.deletedAt === null).toArray()
  return reportChoices(await live(survivorId), await live(otherId), picks)
}

/** Two registrations for the same event cannot both be the survivor's. */
async function registrationClash(survivorId: string, otherId: string): Promise<string[]> {
  const d = db()
  const live = async (id: string) => (await d.registrations.where('personId').equals(id).toArray()).filter((r) => r.deletedAt === null)
  const mine = new Set((await live(survivorId)).map((r) => r.eventId))
  const both = (await live(otherId)).filter((r) => mine.has(r.eventId)).map((r) => r.eventId)
  const titles = await Promise.all(both.map(async (id) => (await d.events.get(id))?.title ?? 'et arrangement'))
  return [...new Set(titles)]
}

async function organisationPair(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>>) {
  const d = db()
  const [survivor, other] = await Promise.all([d.organisations.get(survivorId), d.organisations.get(otherId)])
  if (!survivor || !other) return notFound('Fant ikke begge virksomhetene.')
  const plan = planOrganisationMerge(survivor, other, picks)
  if (!plan.ok) return plan
  return ok({ ...plan.data, reports: await reportClashes(survivorId, otherId, picks) })
}

/** What the merge would keep and move, without writing anything (read only). */
export async function previewOrganisationMerge(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>> = {}): Promise<Outcome<MergePreview>> {
  const d = db()
  return d.transaction('r', d.tables, async () => {
    const plan = await organisationPair(survivorId, otherId, picks)
    if (!plan.ok) return plan
    const { counts } = await collectMoves(ORGANISATION_REFERENCES, otherId, survivorId)
    return ok({ fields: [...plan.data.fields, ...plan.data.reports], counts, moved: movedText(countsWithoutHistory(counts, 'organisations')) })
  })
}

/** Joins `otherId` into `survivorId`; a refusal changes nothing. */
export async function mergeOrganisations(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>> = {}): Promise<Outcome<MergeDone>> {
  const d = db()
  return refusable(d.tables, async () => {
    const plan = await organisationPair(survivorId, otherId, picks)
    if (!plan.ok) return plan
    const { survivor, other, merged, reports } = plan.data
    const at = nowIso()
    const moved = await collectMoves(ORGANISATION_REFERENCES, otherId, survivorId)
    await writeMoves(moved, at)
    // A year both had a report for keeps the one picked; the other stays in the data, deleted.
    const touched: { table: string; row: Row }[] = [...moved.originals, { table: 'organisations', row: survivor }, { table: 'organisations', row: other }]
    for (const choice of reports) {
      const dropped = await d.annualReports.get(choice.drop)
      if (!dropped) continue
      touched.push({ table: 'annualReports', row: dropped })
      await d.annualReports.put({ ...dropped, deletedAt: at, updatedAt: at })
    }
    const kept = reports.map((r) => `årsrapport ${r.year} fra ${r.chosen === 'survivor' ? survivor.name : other.name} beholdt`)
    // The status and signing date follow from both records' status events, now the survivor's.
    const events = (await d.statusEvents.where('organisationId').equals(survivorId).toArray()).filter((e: StatusEvent) => !e.deletedAt)
    const status = currentStatus(events) ?? merged.status
    const next: Organisation = { ...merged, status, signedDate: status === 'medlem' ? joinedDate(membershipPeriods(events)) : merged.signedDate, updatedAt: at }
    await d.organisations.put(next)
    await d.organisations.put({ ...other, deletedAt: at, updatedAt: at, mergedInto: survivorId })
    // What sync had landed on it (edits of records merged into it elsewhere) is taken back.
    await settleMergedAway('organisations', otherId)
    const text = movedText(countsWithoutHistory(moved.counts, 'organisations'))
    const number = other.orgNumber ? ` (${formatOrgNumber(other.orgNumber)})` : ''
    const what = [text ? `${text} flyttet hit` : '', ...kept].filter(Boolean).join('; ')
    await audit('organisations', survivorId, 'update', `Slått sammen med ${other.name}${number}${what ? `: ${what}` : ''}`, {
      ...diffRecords(survivor, next),
      mergedFrom: { from: null, to: otherId },
    })
    await audit('organisations', otherId, 'delete', `${other.name} ble slått sammen med ${next.name} og finnes nå bare som den`, { mergedInto: { from: null, to: survivorId } })
    const undo = await sealUndo('organisations', next, other, touched)
    return ok({ survivorId, counts: moved.counts, moved: text, undo })
  })
}

async function personPair(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>>) {
  const d = db()
  const [survivor, other] = await Promise.all([d.people.get(survivorId), d.people.get(otherId)])
  if (!survivor || !other) return notFound('Fant ikke begge personene.')
  const plan = planPersonMerge(survivor, other, picks)
  if (!plan.ok) return plan
  const events = await registrationClash(survivorId, otherId)
  if (events.length) return refused(`Begge er påmeldt ${events.join(', ')}. Fjern den ene påmeldingen under arrangementet før personene slås sammen.`)
  return plan
}

export async function previewPersonMerge(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>> = {}): Promise<Outcome<MergePreview>> {
  const d = db()
  return d.transaction('r', d.tables, async () => {
    const plan = await personPair(survivorId, otherId, picks)
    if (!plan.ok) return plan
    const { counts } = await collectMoves(PERSON_REFERENCES, otherId, survivorId)
    return ok({ fields: plan.data.fields, counts, moved: movedText(countsWithoutHistory(counts, 'people')) })
  })
}

/** Joins person `otherId` into `survivorId` (roles united); a refusal changes nothing. */
export async function mergePeople(survivorId: string, otherId: string, picks: Readonly<Record<string, MergeSide>> = {}): Promise<Outcome<MergeDone>> {
  const d = db()
  return refusable(d.tables, async () => {
    const plan = await personPair(survivorId, otherId, picks)
    if (!plan.ok) return plan
    const { survivor, other, merged } = plan.data
    const at = nowIso()
    const moved = await collectMoves(PERSON_REFERENCES, otherId, survivorId)
    await writeMoves(moved, at)
    await d.people.put({ ...merged, updatedAt: at })
    // The merged-away row keeps only a name (the import's rules require one): no e-mail to match again.
    // The blanking is no change of its fields: it follows from `mergedInto` (sync-tombstone.ts), so a
    // record a cycle of merges revives on another laptop holds its own values again.
    await d.people.put({ ...other, deletedAt: at, updatedAt: at, mergedInto: survivorId })
    await settleMergedAway('people', otherId)
    const text = movedText(countsWithoutHistory(moved.counts, 'people'))
    await audit('people', survivorId, 'update', `Slått sammen med ${other.name}${text ? `: ${text} flyttet hit` : ''}`, {
      ...diffRecords(survivor, merged),
      mergedFrom: { from: null, to: otherId },
    })
    await audit('people', otherId, 'delete', `${other.name} ble slått sammen med ${merged.name}`, { mergedInto: { from: null, to: survivorId } })
    const undo = await sealUndo('people', merged, other, [...moved.originals, { table: 'people', row: survivor }, { table: 'people', row: other }])
    return ok({ survivorId, counts: moved.counts, moved: text, undo })
  })
}

export type { MergeKind }
