/**
 * An erasure that arrives by sync empties the application answers naming the person here, as "Slett
 * for godt" does on the laptop that erased them (privacy-repo): the application keeps every answer as
 * given, so one giving the person's name, e-mail or phone goes whole (erasure-ledger
 * `withoutAnswersNaming`, the one rule).
 *
 * The eraser's own emptying reaches every laptop as an ordinary change, but only of the applications
 * it held as it held them: one imported here before the erasure arrived, or an answer edited here
 * after it was made (a later clock wins the cell), still names the person, and the eraser cannot find
 * it again (it no longer knows the name). This laptop still knows it until the erasure lands: it
 * empties them then, as its own change (sent like `publishDerivedErasures`' blankings), so every
 * laptop, and one joining later from the files or a snapshot, ends with them emptied. An unrelated
 * answer edited here stays: only the answers naming the person are emptied, in the array that won.
 * Each laptop also rewrites its own older files' answers (`erasedAnswerFields`), so the folder no
 * longer names the person either.
 */
import type { Row } from '../../domain/backup/envelope'
import { answerTracesOf, emptiedApplication, formerTracesOf, withoutAnswersNaming, type AnswerTraces, type Ledger } from '../../domain/backup/erasure-ledger'
import { hasSeen, type FileIndex } from '../../domain/sync/causality'
import { cellKey, decodeValue, encodeValue, stableText } from '../../domain/sync/fields'
import type { SyncCell, SyncConflict } from '../../domain/sync/records'
import type { db } from '../db'
import { nowIso } from './base'
import { cellReader } from './sync-cells'

/**
 * Read before the apply blanks anything (`enforceErasures`): each person whose ledger line this apply
 * brings, as this laptop held them (the eraser's blanking of their fields is not applied to a row in
 * the ledger), with the former names and e-mails their history here quotes, as the eraser reads them.
 * Also each duplicate merged into someone erased, whom the apply erases with them
 * (sync-erased-duplicates `eraseMergedIntoErased`, the same two sources): whether the merge was made
 * here, arrives now, or the erasure arrived before, the answers naming the duplicate go as they do
 * on the laptop that erased the survivor with the duplicate merged into them (privacy-repo).
 * `cells`: the apply's, holding what a merged-away person's messages hold (`keptOf`).
 */
export async function answerTracesHere(d: ReturnType<typeof db>, rows: ReadonlyMap<string, Row | null>, ledger: Ledger, erasedBefore: ReadonlySet<string>, cells: ReadonlyMap<string, SyncCell | null> = new Map()): Promise<AnswerTraces> {
  const ids = [...ledger.values()].filter((e) => e.table === 'people' && !erasedBefore.has(e.id)).map((e) => e.id)
  const merged = await mergedIntoErased(d, rows, ledger, erasedBefore, new Set(ids))
  if (ids.length === 0 && merged.length === 0) return { traces: [], phones: [], organisations: new Set() }
  const rowOf = async (id: string) => (rows.has(`people|${id}`) ? rows.get(`people|${id}`) : ((await d.people.get(id)) as Row | undefined)) ?? null
  const people: Row[] = [...merged]
  for (const id of ids) {
    const row = await rowOf(id)
    if (row) people.push(row)
  }
  const all = new Set(people.map((p) => String(p.id)))
  const stored = (await d.auditLog.where('[table+entityId]').anyOf([...all].map((id) => ['people', id])).toArray()) as Row[]
  const arriving = [...rows].filter(([key, row]) => key.startsWith('auditLog|') && row !== null).map(([, row]) => row as Row)
  const read = cellReader(d.syncCells)
  const held = async (keys: readonly string[]) => {
    const own = await read(keys)
    return keys.map((key, i) => [cells.get(key), own[i]] as const)
  }
  const survivors: string[] = []
  for (const p of people) if (typeof p.mergedInto === 'string') survivors.push(String((await rowOf(p.mergedInto))?.organisationId))
  return answerTracesOf(await keptOf(held, people), formerTracesOf([...stored, ...arriving], all), survivors)
}

/** People merged into someone erased, not erased yet: those the apply's erasure step erases with them. */
async function mergedIntoErased(d: ReturnType<typeof db>, rows: ReadonlyMap<string, Row | null>, ledger: Ledger, erasedBefore: ReadonlySet<string>, newly: ReadonlySet<string>): Promise<Row[]> {
  const found = new Map<string, Row>()
  // Merged here into someone erased in this apply; a merge into someone erased before arrives as a row of this apply.
  if (newly.size > 0) for (const p of (await d.people.filter((x) => typeof x.mergedInto === 'string' && newly.has(x.mergedInto)).toArray()) as Row[]) found.set(`people|${String(p.id)}`, p)
  for (const [key, row] of rows) if (row && key.startsWith('people|')) found.set(key, row)
  return [...found].flatMap(([key, stored]) => {
    const row = rows.get(key) ?? stored
    const id = String(row.id)
    return typeof row.mergedInto === 'string' && ledger.get(row.mergedInto)?.table === 'people' && !ledger.has(id) && !erasedBefore.has(id) && !row.erasedAt ? [row] : []
  })
}

type HeldCells = (keys: readonly string[]) => Promise<(readonly (SyncCell | null | undefined)[])[]>

/**
 * The people's rows, and for one merged away the same row with the e-mail and phone its messages
 * hold (the merge blanks them in the row without a change, sync-tombstone.ts; the cells keep them
 * until the erasure forgets them, `forgetTombstone`). `held` gives each cell's versions to look in.
 */
export async function keptOf(held: HeldCells, people: readonly Row[]): Promise<Row[]> {
  const out: Row[] = []
  for (const p of people) {
    out.push(p)
    if (typeof p.mergedInto !== 'string') continue
    const fields = ['email', 'phone'] as const
    const found = await held(fields.map((f) => cellKey('people', String(p.id), f)))
    for (const version of [0, 1]) {
      const kept = Object.fromEntries(fields.flatMap((f, i) => (typeof found[i]?.[version]?.messageValue === 'string' ? [[f, found[i]?.[version]?.messageValue]] : [])))
      if (Object.keys(kept).length > 0) out.push({ ...p, ...kept })
    }
  }
  return out
}

/**
 * The applications of those organisations, as this apply leaves them, with the answers naming the
 * erased emptied: `rows` gets the emptied application, `derived` the one it replaces (written first as
 * applied, so the emptying is recorded as this laptop's own change). A conflict on its answers keeps
 * its sides without the answers naming them; one whose sides then agree goes.
 */
export async function emptyErasedAnswers(
  v: { d: ReturnType<typeof db>; rows: Map<string, Row | null>; dirty: Set<string>; conflicts: Map<string, SyncConflict> },
  derived: Map<string, Row>,
  named: AnswerTraces,
): Promise<void> {
  const { d, rows, dirty, conflicts } = v
  if (named.organisations.size === 0 || (named.traces.length === 0 && named.phones.length === 0)) return
  const candidates = new Map<string, Row>()
  for (const a of (await d.applications.where('organisationId').anyOf([...named.organisations]).toArray()) as Row[]) candidates.set(`applications|${String(a.id)}`, a)
  for (const [key, row] of rows) if (key.startsWith('applications|') && row && named.organisations.has(String(row.organisationId))) candidates.set(key, row)
  const at = nowIso()
  for (const [key, stored] of candidates) {
    const row = rows.get(key) ?? stored
    // Moved to another organisation in this apply: the eraser would not look there either.
    if (!named.organisations.has(String(row.organisationId))) continue
    const out = withoutAnswersNaming(row, named, at)
    if (out) {
      if (!derived.has(key)) derived.set(key, row)
      rows.set(key, out)
      dirty.add(key)
    }
    // Also when the eraser's emptying won the cell here: the side it won over still names them.
    await forgetInConflicts(d.syncConflicts, row, named, conflicts)
  }
}

/**
 * The applications of the organisations the ledger empties, as this apply leaves them, with every
 * answer emptied (erasure-ledger `emptiedApplication`), as emptying the trash does on the emptying
 * laptop: those stored here of an organisation emptied in this apply, and every one this apply
 * touches that ends in an emptied organisation (a later edit of an answer made where the emptying
 * had not arrived, one imported there, one a merge moved into it). The rule depends only on the
 * ledger and the row, so every laptop and joiner ends alike; a row it changes is sent as this
 * laptop's own change too (`derived`: the row as applied, written first), so one a fork later moves
 * out of the organisation stays emptied on a laptop that never saw it there (erasure wins).
 */
export async function emptyEmptiedApplications(d: ReturnType<typeof db>, rows: Map<string, Row | null>, dirty: Set<string>, ledger: Ledger, erasedBefore: ReadonlySet<string>, derived: Map<string, Row>): Promise<void> {
  const fresh = [...ledger.values()].filter((e) => e.table === 'organisations' && !erasedBefore.has(e.id)).map((e) => e.id)
  if (fresh.length > 0) {
    for (const a of (await d.applications.where('organisationId').anyOf(fresh).toArray()) as Row[]) {
      const key = `applications|${String(a.id)}`
      if (!rows.has(key)) rows.set(key, a)
    }
  }
  for (const [key, row] of rows) {
    if (!row || !key.startsWith('applications|')) continue
    const emptied = ledger.get(String(row.organisationId))
    if (emptied?.table !== 'organisations') continue
    const out = emptiedApplication(row, emptied.erasedAt)
    if (stableText(out) === stableText(row)) continue
    if (!derived.has(key)) derived.set(key, row)
    rows.set(key, out)
    dirty.add(key)
  }
}

/**
 * Conflicts about the applications of emptied organisations, stored here and found by this apply,
 * go: their sides hold the answers as each laptop had them, and the emptying wins over every edit.
 */
export async function forgetEmptiedApplicationConflicts(d: ReturnType<typeof db>, rows: ReadonlyMap<string, Row | null>, ledger: Ledger, pending: Map<string, SyncConflict>): Promise<void> {
  const emptied = (row: Row | null | undefined) => ledger.get(String(row?.organisationId))?.table === 'organisations'
  const ids = [...rows].filter(([key, row]) => key.startsWith('applications|') && emptied(row)).map(([, row]) => String((row as Row).id))
  const gone: string[] = []
  for (const c of pending.values()) {
    if (c.table !== 'applications') continue
    if (emptied(rows.get(`applications|${c.row}`) ?? ((await d.applications.get(c.row)) as Row | undefined))) gone.push(c.id)
  }
  for (const id of gone) pending.delete(id)
  if (ids.length > 0) await d.syncConflicts.where('row').anyOf(ids).delete()
}

/**
 * The conflicts about an application's answers, here (`syncConflicts`) and found by this apply
 * (`pending`), keep their sides without the answers naming the erased: a side holds the answers as
 * that laptop had them. One whose sides then agree goes; one still differing (an answer edited on one
 * laptop only) stays to decide. The erasing laptop does the same with its own (privacy-repo).
 */
export async function forgetInConflicts(stored: ReturnType<typeof db>['syncConflicts'], application: Row, named: AnswerTraces, pending: Map<string, SyncConflict> = new Map()): Promise<void> {
  const cell = cellKey('applications', String(application.id), 'answers')
  const held = await stored.where('cell').equals(cell).toArray()
  for (const c of [...held, ...[...pending.values()].filter((x) => x.cell === cell)]) {
    const without = (value: unknown) => withoutAnswersNaming({ organisationId: application.organisationId, answers: value }, named, '')?.answers ?? value
    const sides = c.sides.map((side) => ({ ...side, value: encodeValue(without(decodeValue(side.value))) })) as SyncConflict['sides']
    if (stableText(sides) === stableText(c.sides)) continue
    pending.delete(c.id)
    await stored.delete(c.id)
    if (stableText(sides[0].value) === stableText(sides[1].value)) continue
    if (held.some((x) => x.id === c.id)) await stored.put({ ...c, sides })
    else pending.set(c.id, { ...c, sides })
  }
}

type Incoming = Parameters<typeof hasSeen>[1]

/**
 * Whether a change of an application's answers was made before its laptop had the erasure of someone
 * of the application's organisation. It is no conflict with the erasure's emptying, which wins over
 * every edit: its laptop empties the answers naming them when the erasure arrives there, and that
 * change, having seen both, is what every laptop ends with. Recorded, the conflict would keep the
 * name here in its side (the eraser can no longer find it there).
 */
export async function madeBeforeErasure(
  v: { d: ReturnType<typeof db>; files: FileIndex; ledger: Ledger; cellOf: (key: string) => Promise<{ ts: string; installId: string } | null> },
  application: Row | null,
  incoming: Incoming,
): Promise<boolean> {
  if (!application || typeof application.organisationId !== 'string') return false
  const people = await v.d.people.where('organisationId').equals(application.organisationId).primaryKeys()
  for (const id of people) {
    if (v.ledger.get(id)?.table !== 'people') continue
    const line = await v.cellOf(cellKey('erasures', id, 'erasedAt'))
    if (!line || !hasSeen(v.files, incoming, line)) return true
  }
  return false
}

type Field = { table: string; row: string; field: string }

/**
 * What the erasure of these people left in this laptop's older sync files beyond their own rows: the
 * answers of their organisations' applications as this laptop sent them (the form's import, an edit,
 * a join that published everything), which may name them, and for a duplicate merged into someone
 * erased its survivor's organisation's too. The erasure empties the answers naming them
 * in the database; the files written before are rewritten too (sync-repo `erasuresToRedact`). Every
 * application of the organisation: the tombstone no longer tells which answers named them.
 */
export async function erasedAnswerFields(d: ReturnType<typeof db>, lines: readonly { id: string; table: string }[]): Promise<Field[]> {
  const people = lines.filter((l) => l.table === 'people').map((l) => l.id)
  if (people.length === 0) return []
  const rows = (await d.people.bulkGet(people)).flatMap((p) => (p ? [p] : []))
  // A duplicate merged into someone erased: its survivor's organisation's too, as its answers are emptied there (`answerTracesOf`).
  const survivors = await d.people.bulkGet(rows.flatMap((p) => (typeof p.mergedInto === 'string' ? [p.mergedInto] : [])))
  const organisations = [...new Set([...rows, ...survivors].flatMap((p) => (p ? [p.organisationId] : [])))]
  if (organisations.length === 0) return []
  // An emptied organisation's are done by their own ids (emptied-redaction.ts), once.
  const emptied = new Set((await d.erasures.where('id').anyOf(organisations).toArray()).filter((e) => e.table === 'organisations').map((e) => e.id))
  const applications = await d.applications.where('organisationId').anyOf(organisations.filter((o) => !emptied.has(o))).primaryKeys()
  return applications.map((row) => ({ table: 'applications', row, field: 'answers' }))
}

/**
 * Of the blanked fields, those whose value is sent again (`markRedacted`): the blanking took only
 * this laptop's messages, so answers whose latest change is another laptop's are still in that
 * laptop's file and are not sent from here. Sent from here they could carry a name this laptop can no
 * longer see (an answer edited on a laptop that had not had the erasure yet, which empties it itself
 * when the erasure arrives there), and would write it to the folder anew.
 */
export async function answersToResend(cells: ReturnType<typeof db>['syncCells'], installId: string, fields: readonly Field[]): Promise<Field[]> {
  const answers = fields.filter((f) => f.table === 'applications' && f.field === 'answers')
  if (answers.length === 0) return [...fields]
  const held = await cellReader(cells)(answers.map((f) => cellKey(f.table, f.row, f.field)))
  const elsewhere = new Set(answers.filter((_, i) => held[i] && held[i]?.installId !== installId))
  return fields.filter((f) => !elsewhere.has(f))
}
