/**
 * The one judge of the six membership criteria. Every screen that shows a criterion calls
 * `evaluateCriteria`; the facts come from the database (criteria-repo) or from tests by hand.
 */
import type { Assessment, CriterionKey, Tier } from '../organisation/types'
import type { DateOnly } from '../record'
import type { ReportStatus } from '../report/types'
import { formatDate } from '../../lib/dates'
import { foldText } from '../../lib/text-fold'
import { byText } from '../../lib/compare-text'
import { CRITERION_KEYS, type CriterionStatus } from './labels'

export type { CriterionStatus } from './labels'
export type CriterionResult = { key: CriterionKey; status: CriterionStatus; evidence: string }
export type CriteriaEvaluation = Record<CriterionKey, CriterionResult>

export type CriteriaMember = {
  id: string
  name: string
  tier: Tier
  /** The start of the membership period that covers the year (the latest, if rejoined in it). */
  joinedDate: DateOnly
}

export type SignatoryRole = 'toppleder' | 'stedfortreder' | 'annen' | null

export type CriteriaFacts = {
  /** Today in Oslo; decides what is "not yet due". */
  today: DateOnly
  /** A member joining after this date is exempt from reporting and participation in the year. */
  joinCutoff: DateOnly
  contract: { signedDate: DateOnly; signatoryName: string; signatoryRole: SignatoryRole } | null
  /** Whether a top leader or deputy is recorded among the organisation's people. */
  leadersRecorded: boolean
  /** Top-leader meetings held in the year while a member (not cancelled, date passed). */
  topLeaderMeetingsHeld: number
  /** Whether the top leader or deputy attended one of them. */
  leaderAttendedTopLeaderMeeting: boolean
  /** Meetings of the counting kinds attended in the year, by title and date. */
  attended: { title: string; date: DateOnly }[]
  report: { status: ReportStatus; receivedDate: DateOnly | null; dueDate: DateOnly }
  /** Where measures are recorded: the application assessment, the year's or last year's report. */
  measures: { inApplication: boolean; inReport: boolean; inPreviousReport: boolean }
  municipality: string
  allowedMunicipalities: readonly string[]
  /** Manual decisions made on the organisation (only Geografisk relevans uses one today). */
  manual: Partial<Record<CriterionKey, Assessment>>
}

const result = (key: CriterionKey, status: CriterionStatus, evidence: string): CriterionResult => ({ key, status, evidence })

function intent(year: number, f: CriteriaFacts): CriterionResult {
  if (f.contract && f.contract.signedDate <= `${year}-12-31`)
    return result('intent', 'met', `Klimakontrakt signert ${formatDate(f.contract.signedDate)}.`)
  return result('intent', 'not-met', 'Ingen signert klimakontrakt registrert.')
}

function geography(f: CriteriaFacts): CriterionResult {
  const manual = f.manual.geography
  if (manual && (manual.status === 'oppfylt' || manual.status === 'ikke-oppfylt') && manual.note.trim()) {
    return result('geography', manual.status === 'oppfylt' ? 'met' : 'not-met', `Manuell vurdering: ${manual.note.trim()}`)
  }
  return judgeGeography(f.municipality, f.allowedMunicipalities)
}

/** Geografisk relevans from the municipality alone: the same judgement at application time and every year after. */
export function judgeGeography(municipality: string, allowedMunicipalities: readonly string[]): CriterionResult {
  const place = municipality.trim()
  if (!place) return result('geography', 'unknown', 'Kommunen mangler i adressen.')
  const allowed = allowedMunicipalities.some((m) => foldText(m.trim()) === foldText(place))
  return allowed
    ? result('geography', 'met', `${place} er på listen over kommuner i Oslo og indre Stor-Oslo.`)
    : result('geography', 'not-met', `${place} er ikke på listen over kommuner i Oslo og indre Stor-Oslo.`)
}

function leadership(year: number, f: CriteriaFacts): CriterionResult {
  if (!f.contract) return result('leadership', 'not-met', 'Ingen signert klimakontrakt, så ingen leder har signert.')
  const role = f.contract.signatoryRole
  const signer = f.contract.signatoryName || 'ukjent person'
  if (role !== 'toppleder' && role !== 'stedfortreder') {
    if (!f.leadersRecorded || role === null)
      return result('leadership', 'unknown', `Kontrakten er signert av ${signer}, men toppleder eller stedfortreder er ikke registrert.`)
    return result('leadership', 'not-met', `Kontrakten er signert av ${signer}, som ikke er toppleder eller stedfortreder.`)
  }
  const roleText = role === 'toppleder' ? 'toppleder' : 'stedfortreder'
  if (f.topLeaderMeetingsHeld === 0)
    return result('leadership', 'met', `Kontrakten er signert av ${roleText} ${signer}. Ingen toppledermøter holdt i ${year}.`)
  if (f.leaderAttendedTopLeaderMeeting)
    return result('leadership', 'met', `Kontrakten er signert av ${roleText} ${signer}, og toppleder eller stedfortreder deltok på toppledermøte i ${year}.`)
  if (!f.leadersRecorded)
    return result('leadership', 'unknown', `Toppleder eller stedfortreder er ikke registrert, så deltakelse på toppledermøte i ${year} kan ikke vurderes.`)
  return result(
    'leadership',
    'not-met',
    `Verken toppleder eller stedfortreder deltok på noen av ${f.topLeaderMeetingsHeld} toppledermøter i ${year}.`,
  )
}

function action(year: number, f: CriteriaFacts): CriterionResult {
  if (f.measures.inReport) return result('action', 'met', `Tiltak er registrert i årsrapporten for ${year}.`)
  if (f.measures.inPreviousReport) return result('action', 'met', `Tiltak er registrert i årsrapporten for ${year - 1}.`)
  if (f.measures.inApplication) return result('action', 'met', 'Tiltak er registrert fra søknaden.')
  // The year's own report is where its measures arrive; until it is due, the criterion is too.
  if (f.today <= f.report.dueDate)
    return result('action', 'not-due', `Ingen tiltak registrert ennå; årsrapporten for ${year} har frist ${formatDate(f.report.dueDate)}.`)
  return result('action', 'not-met', `Ingen gjennomførte eller planlagte tiltak registrert (søknad eller årsrapport for ${year}).`)
}

function joinedLate(member: CriteriaMember, f: CriteriaFacts): boolean {
  return member.joinedDate > f.joinCutoff
}

function reporting(year: number, member: CriteriaMember, f: CriteriaFacts): CriterionResult {
  if (joinedLate(member, f))
    return result('reporting', 'not-applicable', `Ble medlem ${formatDate(member.joinedDate)}, etter fristen ${formatDate(f.joinCutoff)}.`)
  const { status, receivedDate, dueDate } = f.report
  const received = status === 'mottatt' || status === 'godkjent' || (status === 'ma-folges-opp' && receivedDate !== null)
  if (received) {
    const when = receivedDate ? ` ${formatDate(receivedDate)}` : ''
    const follow = status === 'ma-folges-opp' ? ' Må følges opp.' : status === 'godkjent' ? ' Godkjent.' : ''
    return result('reporting', 'met', `Årsrapporten for ${year} er mottatt${when}.${follow}`)
  }
  if (f.today <= dueDate) return result('reporting', 'not-due', `Årsrapporten for ${year} har frist ${formatDate(dueDate)}.`)
  return result('reporting', 'not-met', `Årsrapporten for ${year} er ikke mottatt; fristen ${formatDate(dueDate)} er passert.`)
}

function participation(year: number, member: CriteriaMember, f: CriteriaFacts): CriterionResult {
  if (joinedLate(member, f))
    return result('participation', 'not-applicable', `Ble medlem ${formatDate(member.joinedDate)}, etter fristen ${formatDate(f.joinCutoff)}.`)
  if (f.attended.length > 0) {
    const list = [...f.attended]
      .sort((a, b) => byText(a.date, b.date))
      .map((m) => `${m.title} (${formatDate(m.date)})`)
      .join(', ')
    return result('participation', 'met', `Deltok på ${f.attended.length} ${f.attended.length === 1 ? 'møte' : 'møter'} i ${year}: ${list}.`)
  }
  if (f.today <= `${year}-12-31`) return result('participation', 'not-due', `Ingen møter ennå i ${year}; året er ikke omme.`)
  return result('participation', 'not-met', `Deltok ikke på noe møte i nettverket i ${year}.`)
}

/** Judges the six criteria for one member in year `year`. Pure: same input, same answer. */
export function evaluateCriteria(member: CriteriaMember, year: number, facts: CriteriaFacts): CriteriaEvaluation {
  return {
    intent: intent(year, facts),
    geography: geography(facts),
    leadership: leadership(year, facts),
    action: action(year, facts),
    reporting: reporting(year, member, facts),
    participation: participation(year, member, facts),
  }
}

/** The criteria judged "not met" (unknown, not due and not applicable are not failures). */
export function failedCriteria(evaluation: CriteriaEvaluation): CriterionKey[] {
  return CRITERION_KEYS.filter((key) => evaluation[key].status === 'not-met')
}
