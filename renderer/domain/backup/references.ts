/**
 * Every reference between tables (the foreign keys of db/models.ts) must resolve: against the
 * file, and in merge mode also against the local data. Trashed and erased rows count as existing:
 * they are still there. A dangling reference is listed by table, row and field.
 */
import type { Row, TableData } from './envelope'
import { rowProblem, type ImportProblem } from './problems'
import { isKnownTable } from './row-schemas'

type Found = [field: string, value: unknown]
type Reference = { table: string; target: string | ((row: Row) => string); find: (row: Row) => Found[] }

function field(name: string) {
  return (row: Row): Found[] => [[name, row[name]]]
}
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
function record(value: unknown): Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : {}
}
/** Seat guests that are not registrations: the lunch's hosts and the commissioner. */
function isRegistrationGuest(guest: unknown): boolean {
  return typeof guest === 'string' && !guest.startsWith('host:') && guest !== 'commissioner'
}

/** Every foreign key of the records (domain/<concept>/types.ts): which table's rows refer to which, and where in the row. */
export const REFERENCES: readonly Reference[] = [
  { table: 'statusEvents', target: 'organisations', find: field('organisationId') },
  { table: 'people', target: 'organisations', find: field('organisationId') },
  { table: 'applications', target: 'organisations', find: field('organisationId') },
  { table: 'events', target: 'organisations', find: (r) => list(r.invitedOrganisationIds).map((id, i): Found => [`invitedOrganisationIds.${i}`, id]) },
  {
    table: 'events',
    target: 'organisations',
    find: (r) => list(record(r.lunch).speakingOrder).map((s, i): Found => [`lunch.speakingOrder.${i}.organisationId`, record(s).organisationId]),
  },
  { table: 'registrations', target: 'events', find: field('eventId') },
  { table: 'registrations', target: 'organisations', find: field('organisationId') },
  { table: 'registrations', target: 'people', find: field('personId') },
  { table: 'seatingPlans', target: 'events', find: field('eventId') },
  {
    table: 'seatingPlans',
    target: 'registrations',
    find: (r) => Object.entries(record(record(r.data).assignment)).filter(([, g]) => isRegistrationGuest(g)).map(([seat, g]): Found => [`data.assignment.${seat}`, g]),
  },
  { table: 'annualReports', target: 'organisations', find: field('organisationId') },
  { table: 'annualReports', target: 'attachments', find: field('attachmentId') },
  { table: 'contracts', target: 'organisations', find: field('organisationId') },
  { table: 'contracts', target: 'events', find: field('eventId') },
  { table: 'contracts', target: 'people', find: field('signatoryPersonId') },
  { table: 'contracts', target: 'attachments', find: field('attachmentId') },
  { table: 'contractTemplates', target: 'attachments', find: field('logoAttachmentId') },
  { table: 'attachments', target: (r) => String(r.ownerTable), find: field('ownerId') },
  { table: 'invitationLog', target: 'events', find: field('eventId') },
]

/** What a reference points at, in the words of the message ("en virksomhet"). */
const WHAT: Record<string, string> = {
  organisations: 'en virksomhet',
  events: 'et arrangement',
  people: 'en person',
  registrations: 'en påmelding',
  attachments: 'et vedlegg',
  contracts: 'en klimakontrakt',
  annualReports: 'en årsrapport',
  contractTemplates: 'en kontraktmal',
}
const what = (table: string): string => (Object.hasOwn(WHAT, table) ? (WHAT[table] as string) : `en rad i «${table}»`)

export type ReferenceCheck = { problems: ImportProblem[]; total: number }

/** Dangling references in the incoming rows; at most `limit` listed, all counted. */
export function checkReferences(incoming: TableData, local: TableData | null, limit = 50): ReferenceCheck {
  const ids = new Map<string, Set<string>>()
  for (const data of [incoming, local ?? {}]) {
    for (const [table, rows] of Object.entries(data)) {
      const set = ids.get(table) ?? new Set<string>()
      for (const r of rows) set.add(String(r.id))
      ids.set(table, set)
    }
  }
  const problems: ImportProblem[] = []
  let total = 0
  const report = (problem: ImportProblem) => {
    total++
    if (problems.length < limit) problems.push(problem)
  }
  for (const ref of REFERENCES) {
    const rows = incoming[ref.table]
    if (!rows) continue
    rows.forEach((row, i) => {
      const target = typeof ref.target === 'string' ? ref.target : ref.target(row)
      for (const [name, value] of ref.find(row)) {
        if (value === null || value === undefined || value === '') continue
        if (!isKnownTable(target)) {
          report(rowProblem('bad-reference', ref.table, i + 1, name, `peker på tabellen «${target}», som ikke finnes`))
        } else if (!ids.get(target)?.has(String(value))) {
          report(rowProblem('bad-reference', ref.table, i + 1, name, `peker på ${what(target)} som ikke finnes (id ${String(value)})`))
        }
      }
    })
  }
  return { problems, total }
}
