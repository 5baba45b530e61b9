/** Pure helpers over an event's roster: counts, labels and the CSV rows. */
import type { RosterEntry } from '../../db/repositories/registrations-repo'
import { compareNorwegian } from '../../lib/collation'
import { formatTimestamp } from '../../lib/dates'
import { toCsvText } from '../../lib/export/csv'
import { REGISTRATION_STATUS_LABELS } from '../../domain/event/labels'
import { rolesText } from '../../domain/organisation/labels'

/** "møtt / påmeldt": arrived, and everyone expected (påmeldt or arrived, walk-ins included). */
export function doorCounts(roster: readonly RosterEntry[]): { arrived: number; expected: number } {
  const arrived = roster.filter((r) => r.registration.status === 'mott').length
  const expected = roster.filter((r) => r.registration.status === 'mott' || r.registration.status === 'pameldt').length
  return { arrived, expected }
}

/** Organisations in Norwegian order, people under each. */
export function sortRoster(roster: readonly RosterEntry[]): RosterEntry[] {
  return [...roster].sort((a, b) => compareNorwegian(a.organisationName, b.organisationName) || compareNorwegian(a.personName, b.personName))
}

export function rosterCsv(roster: readonly RosterEntry[]): string {
  return toCsvText(
    ['Virksomhet', 'Navn', 'E-post', 'Rolle', 'Status', 'Møtt', 'Uten påmelding'],
    sortRoster(roster).map((r) => [
      r.organisationName,
      r.personName,
      r.personEmail,
      rolesText(r.registration.rolesAtTime),
      REGISTRATION_STATUS_LABELS[r.registration.status],
      r.registration.checkedInAt ? formatTimestamp(r.registration.checkedInAt) : '',
      r.registration.walkIn ? 'ja' : '',
    ]),
  )
}
