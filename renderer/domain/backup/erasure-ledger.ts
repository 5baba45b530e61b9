/**
 * Erasure that no file can undo. The ledger lists erased people and emptied organisations (ids and
 * dates only). It travels in every export; an import unites it with the local one and applies it
 * to every row it writes: a row for someone in it lands as the same tombstone the erasure writes,
 * and audit entries about an erased person or an emptied organisation (by id, or quoting a name,
 * e-mail or organisation number) keep no changes and say what was deleted, "slettet person" or
 * "slettet virksomhet", whatever the file says.
 * Pure: the erasure itself (privacy-repo, trash-repo) and every import use these same functions.
 */
import type { Row, TableData } from './envelope'
import { instant } from './timestamps'

export const ERASED_PERSON_LABEL = 'slettet person'
/** What an entry about an emptied organisation (its own, its status events', or quoting it) says. */
export const ERASED_ORGANISATION_LABEL = 'slettet virksomhet'
/** The audit entry the erasure itself writes; it names nobody, so it keeps its own wording. */
export const ERASE_SUMMARY = `En ${ERASED_PERSON_LABEL}: opplysningene er fjernet for godt`
/** The entry emptying the trash writes about each organisation: it names nothing either. */
export const ORGANISATION_ERASE_SUMMARY = 'En virksomhet ble slettet for godt da papirkurven ble tømt'

export type LedgerTable = 'people' | 'organisations'
export type LedgerEntry = { id: string; table: LedgerTable; erasedAt: string }
/** Entries by id. */
export type Ledger = Map<string, LedgerEntry>

/** Adds a line, or keeps the earlier erasure of the same id: a ledger only ever grows. */
export function addToLedger(ledger: Ledger, entry: LedgerEntry): void {
  const known = ledger.get(entry.id)
  if (!known || instant(entry.erasedAt) < instant(known.erasedAt)) ledger.set(entry.id, { id: entry.id, table: entry.table, erasedAt: entry.erasedAt })
}

/**
 * The ledger that tables imply: their own `erasures`, plus people and organisations already
 * tombstoned (written before the ledger existed). Adds to `into` when given.
 */
export function ledgerOf(data: TableData, into: Ledger = new Map()): Ledger {
  for (const r of data.erasures ?? []) addToLedger(into, { id: String(r.id), table: r.table === 'organisations' ? 'organisations' : 'people', erasedAt: String(r.erasedAt) })
  for (const table of ['people', 'organisations'] as const) {
    data[table]?.forEach((r) => {
      if (typeof r.erasedAt === 'string') addToLedger(into, { id: String(r.id), table, erasedAt: r.erasedAt })
    })
  }
  return into
}

/** Oldest first, then by id: the same ledger is always the same rows. */
export function ledgerRows(ledger: Ledger): Row[] {
  return [...ledger.values()].sort((a, b) => instant(a.erasedAt) - instant(b.erasedAt) || a.id.localeCompare(b.id))
}

export function erasedPerson(p: Row, at: string): Row {
  return { ...p, name: '', title: '', email: '', phone: '', roles: [], deletedAt: p.deletedAt ?? at, erasedAt: at, updatedAt: at }
}

function blankAssessments(value: unknown): Row {
  const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : []
  return Object.fromEntries(keys.map((k) => [k, { status: 'ukjent', note: '' }]))
}

export function emptiedOrganisation(o: Row, at: string): Row {
  return {
    ...o,
    name: '',
    orgNumber: '',
    address: { street: '', postalCode: '', municipality: '' },
    website: '',
    notes: '',
    partnerFee: [],
    certification: { kind: null, validUntil: null, note: '' },
    criteria: blankAssessments(o.criteria),
    expectations: blankAssessments(o.expectations),
    deletedAt: o.deletedAt ?? at,
    erasedAt: at,
    updatedAt: at,
  }
}

export function emptiedStatusEvent(e: Row, at: string): Row {
  return { ...e, note: '', deletedAt: e.deletedAt ?? at, updatedAt: at }
}

/** What was deleted, as an anonymised entry says it. */
export type ErasedKind = 'person' | 'organisation'

/**
 * An entry with nothing of what it was about. Pure in the row and the kind, so every laptop (the
 * eraser, a laptop that learns of it through sync, an import) writes the same: an erasure's own entry
 * gets the erasure's wording, which names nobody (an older version named the emptied organisation
 * there); every other says what was deleted ("slettet person", "slettet virksomhet"), the wordings
 * sync's redaction of older folder files looks for (`isAnonymisedSummary`).
 */
export function anonymisedEntry(e: Row, kind: ErasedKind): Row {
  const erase = e.table === 'organisations' ? ORGANISATION_ERASE_SUMMARY : ERASE_SUMMARY
  const label = kind === 'organisation' ? ERASED_ORGANISATION_LABEL : ERASED_PERSON_LABEL
  return { ...e, summary: e.action === 'erase' ? erase : label, changes: {} }
}

/** An organisation not emptied, with what other records' history may quote of it (`organisationTracesOf`). */
export type LiveOrganisation = { id: string; quoted: readonly string[] }

/** The organisations among `orgs` not emptied (in the ledger, or by their row), each with its quotable name and number. */
export function liveOrganisationsOf(orgs: Iterable<Row>, ledger?: Ledger): LiveOrganisation[] {
  const out: LiveOrganisation[] = []
  for (const o of orgs) {
    if (o.erasedAt || ledger?.get(String(o.id))?.table === 'organisations') continue
    const quoted = organisationTracesOf(o)
    if (quoted.length > 0) out.push({ id: String(o.id), quoted })
  }
  return out
}

/** Ids an anonymised entry keeps of the organisations it quoted (`quotedOrganisations`). */
function quotedIdsOf(entry: Row): string[] {
  return Array.isArray(entry.quotedOrganisations) ? entry.quotedOrganisations.map(String) : []
}

/** Whether an audit entry's summary is one the anonymisation writes in place of what it said. */
export function isAnonymisedSummary(summary: unknown): boolean {
  return summary === ERASED_PERSON_LABEL || summary === ERASED_ORGANISATION_LABEL || summary === ERASE_SUMMARY
}

const longEnough = (values: unknown[]) => values.map((t) => (typeof t === 'string' ? t.trim() : '')).filter((t) => t.length >= 3)

/** Name and e-mail of a person, as they may appear in audit summaries; short ones would match too much. */
export function tracesOf(person: Row): string[] {
  return longEnough([person.name, person.email])
}

/** A person's phone number, as an application answer may give it; a short one would match too much. */
export function phonesOf(person: Row): string[] {
  const phone = typeof person.phone === 'string' ? person.phone.trim() : ''
  return phone.length >= 5 ? [phone] : []
}

/**
 * What the application answers may name erased people by: their names and e-mails, former ones too
 * (`tracesOf`, `formerTracesOf`), and their phone numbers (`phonesOf`); and the organisations they
 * belonged to, whose applications are the ones looked at.
 */
export type AnswerTraces = { traces: readonly string[]; phones: readonly string[]; organisations: ReadonlySet<string> }

/**
 * What the answers may name these erased people by, from their rows as this laptop holds them (a
 * duplicate merged away once more, as its messages hold the e-mail and phone its row no longer
 * shows) and the former names and e-mails their history quotes. A duplicate merged into someone
 * erased is that person, erased with them; the merge moves nobody, so the two may have belonged to
 * different organisations: `alsoIn` adds the survivors' organisations, whose applications are looked
 * at too. The one rule for the erasing laptop (privacy-repo) and a laptop the erasure or the merge
 * reaches by sync (sync-erased-answers.ts), so all end alike.
 */
export function answerTracesOf(people: readonly Row[], former: readonly string[], alsoIn: Iterable<string> = []): AnswerTraces {
  return {
    traces: [...new Set([...people.flatMap(tracesOf), ...former])],
    phones: [...new Set(people.flatMap(phonesOf))],
    organisations: new Set([...people.map((p) => String(p.organisationId)), ...alsoIn]),
  }
}

/** An e-mail address is the same in any case; a name is matched as written ("Ola" in "molar" must not count). */
const folded = (text: string) => text.toLocaleLowerCase('nb')
/** A phone number as digits: "912 34 567", "912-34-567" and "(+47) 91234567" are one number. */
const compact = (text: string) => text.replace(/[\s.()-]/g, '')
const national = (phone: string) => compact(phone).replace(/^(\+47|0047)(?=\d{8}$)/, '')

/** Whether an application answer names one of the erased: by name, by e-mail in any case, by phone however spaced. */
export function answerNames(answer: string, named: AnswerTraces): boolean {
  const text = folded(answer)
  const digits = compact(answer)
  return (
    named.traces.some((t) => (t.includes('@') ? text.includes(folded(t)) : answer.includes(t))) ||
    named.phones.some((p) => digits.includes(national(p)))
  )
}

/**
 * The application, if of one of their organisations, with every answer that names one of the erased
 * emptied (its question kept), stamped `at`; null when none does. An application keeps every answer as given, so such an answer goes
 * whole. The one rule for the erasing laptop (privacy-repo), a laptop the erasure reaches by sync
 * (sync-erased-answers.ts) and an import (`applyLedger`).
 */
export function withoutAnswersNaming(application: Row, named: AnswerTraces, at: string): Row | null {
  if (!named.organisations.has(String(application.organisationId))) return null
  const answers = Array.isArray(application.answers) ? (application.answers as Row[]) : []
  const names = (a: Row) => typeof a.answer === 'string' && answerNames(a.answer, named)
  if (!answers.some(names)) return null
  return { ...application, answers: answers.map((a) => (names(a) ? { ...a, answer: '' } : a)), updatedAt: at }
}

/**
 * An application of an emptied organisation: every answer as given named the organisation (its name,
 * number, address, leader, e-mails, phones, measures), so every answer goes, its question (and the
 * field it was mapped to) kept; the file it came from goes too (its name may be the organisation's).
 * Ids, organisation, form id (a later export of the same response is still known), dates and tier
 * stay, so the app stays consistent. Stamped `at`, the emptying's date, as the emptying laptop
 * writes it, so every laptop and import ends with the same row. A field missing (a laptop that got
 * only a blanked message for it) stays missing. The one rule for the emptying laptop (trash-repo),
 * a laptop the emptying reaches by sync (sync-erased-answers.ts) and an import (`applyLedger`).
 */
export function emptiedApplication(application: Row, at: string): Row {
  const out: Row = { ...application, updatedAt: at }
  if (Array.isArray(application.answers)) out.answers = (application.answers as Row[]).map((a) => ({ ...a, answer: '' }))
  if ('source' in application) out.source = ''
  return out
}

/**
 * Names and e-mails the erased people had before (a rename or a new address): their own history
 * entries keep them in `changes`, both sides. History written before, on any laptop, may quote only
 * those ("<former name> meldt på signeringslunsj"). The erasing laptop and every laptop the erasure
 * arrives at (sync, import) read them the same way, from the entries they hold.
 */
export function formerTracesOf(entries: Iterable<Row>, people: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const e of entries) {
    if (e.table !== 'people' || !people.has(String(e.entityId))) continue
    const changes = (e.changes ?? {}) as Record<string, { from?: unknown; to?: unknown } | undefined>
    out.push(...longEnough([changes.name?.from, changes.name?.to, changes.email?.from, changes.email?.to]))
  }
  return [...new Set(out)]
}

/**
 * Name and organisation number of an organisation, as other records' history quotes them ("«name»
 * invitert", a merge's "Slått sammen med «name» (org.nr. …)"). Its other fields appear only in its
 * own entries, found by id.
 */
export function organisationTracesOf(org: Row): string[] {
  return longEnough([org.name, org.orgNumber])
}

/**
 * What the history must forget. `people`: ids of erased people; `organisations`: ids of emptied
 * organisations and of their status events; `traces`: erased people's names and e-mails; `quoted`:
 * emptied organisations' names and numbers, as entries about other records quote them.
 */
export type Forgotten = {
  people: ReadonlySet<string>
  organisations: ReadonlySet<string>
  traces: readonly string[]
  quoted: readonly string[]
}

const NOTHING: ReadonlySet<string> = new Set()

/**
 * What emptying these organisations must take out of the history: entries about the organisations
 * and their status events, about their people, and entries elsewhere quoting a person's name or
 * e-mail or an organisation's name or number.
 */
export function emptiedTraces(orgs: readonly Row[], people: readonly Row[], statusEvents: readonly Row[]): Forgotten {
  return {
    people: new Set(people.map((r) => String(r.id))),
    organisations: new Set([...orgs, ...statusEvents].map((r) => String(r.id))),
    traces: people.flatMap(tracesOf),
    quoted: orgs.flatMap(organisationTracesOf),
  }
}

/** The ledger's lines (those in `only`, when given) as ids to forget, with the names known to go with them. */
export function forgottenOf(ledger: Ledger, traces: readonly string[], quoted: readonly string[], only?: ReadonlySet<string>): Forgotten {
  const people = new Set<string>()
  const organisations = new Set<string>()
  for (const e of ledger.values()) if (!only || only.has(e.id)) (e.table === 'organisations' ? organisations : people).add(e.id)
  return { people, organisations, traces, quoted }
}

/**
 * Entries about an organisation or a person are found by their id, never by an emptied
 * organisation's name: "Bygg AS" emptied must not take the history of a live "Bygg AS Oslo".
 */
const RECORDS: ReadonlySet<unknown> = new Set(['organisations', 'people'])

/**
 * Which erasure an audit entry is about, or null: about an emptied organisation (by its id or a
 * status event's, or, for an entry about something else, quoting its name or number), or about an
 * erased person (by id, or mentioning a name or e-mail).
 *
 * An entry about both says "slettet virksomhet" when it is the organisation's own (or its status
 * event's), or quotes it. The one rule that gives every laptop the same wording whichever erasure it
 * learns of first: an entry anonymised for a person keeps its id, and one about something else the
 * ids of the organisations it quoted (`quotedOrganisations`, `anonymisedIfAbout`), so the
 * organisation's emptying still finds it later and rewrites it; one anonymised for the organisation
 * has lost the person's name, so the person's erasure no longer finds it.
 */
export function erasedKindOf(entry: Row, forgotten: Forgotten): ErasedKind | null {
  const mentions = mentionsOf(entry)
  const id = String(entry.entityId)
  const quotes = !RECORDS.has(entry.table) && (forgotten.quoted.some(mentions) || quotedIdsOf(entry).some((o) => forgotten.organisations.has(o)))
  if (forgotten.organisations.has(id) || quotes) return 'organisation'
  if (forgotten.people.has(id) || forgotten.traces.some(mentions)) return 'person'
  return null
}

/** Whether an entry's summary or changes hold a text. */
function mentionsOf(entry: Row): (t: string) => boolean {
  // An entry that reached a laptop only as redacted messages has no summary or changes at all.
  const summary = String(entry.summary ?? '')
  const changes = JSON.stringify(entry.changes ?? {})
  return (t) => summary.includes(t) || changes.includes(t)
}

/**
 * The entry anonymised by what it is about, or null when it is about nothing forgotten. An entry
 * about something else anonymised for a person, that also quotes organisations in `live` (not
 * emptied), keeps their ids (`quotedOrganisations`): without their names it would say «slettet
 * person» for good, where a laptop that learnt of the emptying first says «slettet virksomhet».
 */
export function anonymisedIfAbout(entry: Row, forgotten: Forgotten, live: readonly LiveOrganisation[] = []): Row | null {
  const kind = erasedKindOf(entry, forgotten)
  if (kind === null) return null
  const out = anonymisedEntry(entry, kind)
  if (kind === 'organisation' || RECORDS.has(entry.table) || live.length === 0) return out
  const mentions = mentionsOf(entry)
  const quoted = live.filter((o) => !forgotten.organisations.has(o.id) && o.quoted.some(mentions)).map((o) => o.id)
  if (quoted.length === 0) return out
  return { ...out, quotedOrganisations: [...new Set([...quotedIdsOf(entry), ...quoted])].sort() }
}

/**
 * Whether an audit entry is about one of the erased, by id or by mentioning a name or e-mail, or
 * (`quoted`: an emptied organisation's name or number) an entry about something else that quotes it.
 */
export function isAbout(entry: Row, ids: ReadonlySet<string>, traces: readonly string[], quoted: readonly string[] = []): boolean {
  return erasedKindOf(entry, { people: ids, organisations: NOTHING, traces, quoted }) !== null
}

/** Whether a person or organisation row still holds what the erasure removes. */
export function holdsContent(table: LedgerTable, row: Row): boolean {
  const fields = table === 'people' ? [row.name, row.title, row.email, row.phone] : [row.name, row.orgNumber, row.website, row.notes]
  return fields.some((f) => typeof f === 'string' && f !== '') || (table === 'people' && Array.isArray(row.roles) && row.roles.length > 0)
}

/**
 * What an import knows of the erased beyond the rows it erases (`applyLedger`): phone numbers and
 * organisations of people erased, from either copy's rows, for their applications' answers.
 */
export type ErasedAnswerTraces = { phones: readonly string[]; organisations: readonly string[] }
const NO_ANSWER_TRACES: ErasedAnswerTraces = { phones: [], organisations: [] }

/** Person and organisation rows the ledger covered, tombstones included, and how many still held content. */
export type ErasedCounts = { people: number; organisations: number; withContent: number }
export type LedgerApplied = { data: TableData; erased: ErasedCounts }

/**
 * The same tables with the ledger applied; only changed tables get new arrays. People of an
 * emptied organisation are erased with it and join the ledger (it is changed in place).
 * `traces` adds names and e-mails known from elsewhere (the file's rows, before erasure); `live`,
 * organisations known from elsewhere that are not emptied.
 */
export function applyLedger(data: TableData, ledger: Ledger, traces: readonly string[] = [], quoted: readonly string[] = [], live: readonly LiveOrganisation[] = [], answers: ErasedAnswerTraces = NO_ANSWER_TRACES): LedgerApplied {
  const out: TableData = { ...data }
  const erased: ErasedCounts = { people: 0, organisations: 0, withContent: 0 }
  const emptied = new Map<string, string>()
  for (const e of ledger.values()) if (e.table === 'organisations') emptied.set(e.id, e.erasedAt)
  const count = (table: LedgerTable, row: Row) => {
    erased[table]++
    if (holdsContent(table, row)) erased.withContent++
  }
  // Entries about an emptied organisation, or one of its status events, name what it held.
  const emptiedIds = new Set<string>(emptied.keys())
  const erasedIds = new Set<string>()
  const knownTraces = [...traces]
  const knownQuoted = [...quoted]
  const knownPhones = [...answers.phones]
  const answerOrganisations = new Set(answers.organisations)
  // Organisations not emptied that an entry anonymised for a person may quote (`anonymisedIfAbout`).
  const knownLive = [...live, ...liveOrganisationsOf(data.organisations ?? [], ledger)]
  if (out.organisations && emptied.size > 0) {
    out.organisations = out.organisations.map((o) => {
      const at = emptied.get(String(o.id))
      if (at === undefined) return o
      count('organisations', o)
      knownQuoted.push(...organisationTracesOf(o))
      return emptiedOrganisation(o, at)
    })
  }
  for (const e of ledger.values()) if (e.table === 'people') erasedIds.add(e.id)
  if (out.people && ledger.size > 0) {
    out.people = out.people.map((p) => {
      const id = String(p.id)
      // A duplicate merged into someone erased is erased with them, dated by their erasure (sync-erased-duplicates.ts).
      const entry = ledger.get(id) ?? (typeof p.mergedInto === 'string' ? ledger.get(p.mergedInto) : undefined)
      const at = entry?.table === 'people' ? entry.erasedAt : emptied.get(String(p.organisationId))
      if (at === undefined) return p
      count('people', p)
      knownTraces.push(...tracesOf(p))
      knownPhones.push(...phonesOf(p))
      answerOrganisations.add(String(p.organisationId))
      addToLedger(ledger, { id, table: 'people', erasedAt: at })
      erasedIds.add(id)
      return erasedPerson(p, at)
    })
  }
  if (out.statusEvents && emptied.size > 0) {
    out.statusEvents = out.statusEvents.map((e) => {
      const at = emptied.get(String(e.organisationId))
      if (at === undefined) return e
      emptiedIds.add(String(e.id))
      return emptiedStatusEvent(e, at)
    })
  }
  // Their applications' answers naming them, as the erasure empties them; the row keeps its stamp (every copy empties it alike).
  // An emptied organisation's applications lose every answer, as emptying the trash empties them.
  if (out.applications && (answerOrganisations.size > 0 || emptied.size > 0)) {
    const named: AnswerTraces = { traces: knownTraces, phones: knownPhones, organisations: answerOrganisations }
    const applications = out.applications.map((a) => {
      const at = emptied.get(String(a.organisationId))
      if (at === undefined) return withoutAnswersNaming(a, named, String(a.updatedAt)) ?? a
      const emptiedOne = emptiedApplication(a, at)
      return JSON.stringify(emptiedOne) === JSON.stringify(a) ? a : emptiedOne
    })
    if (applications.some((a, i) => a !== out.applications?.[i])) out.applications = applications
  }
  // The invitation log names its recipients: an erased person's lines keep date and kind only.
  if (out.invitationLog && erasedIds.size > 0) {
    out.invitationLog = out.invitationLog.map((r) =>
      erasedIds.has(String(r.personId)) ? { ...r, recipientName: ERASED_PERSON_LABEL, email: '', fileName: '' } : r,
    )
  }
  if (out.auditLog && (erasedIds.size > 0 || emptiedIds.size > 0 || knownTraces.length > 0 || knownQuoted.length > 0)) {
    const forgotten: Forgotten = { people: erasedIds, organisations: emptiedIds, traces: knownTraces, quoted: knownQuoted }
    const entries = out.auditLog.map((e) => anonymisedIfAbout(e, forgotten, knownLive) ?? e)
    if (entries.some((e, i) => e !== out.auditLog?.[i])) out.auditLog = entries
  }
  return { data: out, erased }
}
