/** Name badges for a network meeting: everyone expected (påmeldt or møtt), in Norwegian order of name. */
import type { NameBadgesInput } from '../../../electron/shared/channels/badges'
import { notify } from '../../components/notices'
import type { MeetingEvent, Person } from '../../db/models'
import type { RosterEntry } from '../../db/repositories/registrations-repo'
import { EVENT_KIND_LABELS } from '../../domain/event/labels'
import { compareNorwegian } from '../../lib/collation'
import { formatDate } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'

/** Badges are for the meetings of the network; a signing lunch has its place cards. */
export const hasNameBadges = (event: Pick<MeetingEvent, 'kind'>): boolean => event.kind !== 'signeringslunsj'

export function nameBadgesInput(event: MeetingEvent, roster: readonly RosterEntry[], people: readonly Person[]): NameBadgesInput {
  const titles = new Map(people.map((p) => [p.id, p.title]))
  const badges = roster
    .filter((r) => r.registration.status === 'pameldt' || r.registration.status === 'mott')
    .map((r) => ({ name: r.personName, title: titles.get(r.registration.personId) ?? '', organisation: r.organisationName }))
    .sort((a, b) => compareNorwegian(a.name, b.name) || compareNorwegian(a.organisation, b.organisation))
  return { eventLine: `${EVENT_KIND_LABELS[event.kind]} ${formatDate(event.date)}`, badges }
}

export async function printNameBadges(event: MeetingEvent, roster: readonly RosterEntry[], people: readonly Person[]): Promise<void> {
  const input = nameBadgesInput(event, roster, people)
  if (input.badges.length === 0) {
    notify('Ingen er påmeldt ennå, så det er ingen navneskilt å lage.', 'error')
    return
  }
  const result = await desktop().renderNameBadges({ input, fileName: `Navneskilt ${event.title} ${formatDate(event.date)}`, jobId: crypto.randomUUID() })
  if (!result.ok) {
    if (result.error !== 'cancelled') notify(`Navneskiltene ble ikke laget. ${hostErrorMessage(result)}`, 'error')
    return
  }
  const { path, name, pageCount } = result.data
  notify(`${input.badges.length} navneskilt er lagret som ${name} (${pageCount} A4-ark).`, 'success', {
    label: 'Åpne',
    run: () => void desktop().openExternal({ kind: 'written-file', path }),
  })
}
