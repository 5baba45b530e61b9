/** The model main prints the participant list from: who is expected (påmeldt or møtt), by organisation. */
import type { ParticipantListModel } from '../../../electron/shared/channels/events'
import { notify } from '../../components/notices'
import type { MeetingEvent } from '../../db/models'
import type { RosterEntry } from '../../db/repositories/registrations-repo'
import { formatDate, formatDateInWords } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { formatPlace, formatTimeRange } from '../../domain/event/event-form'
import { rolesText } from '../../domain/organisation/labels'

export function participantListModel(event: MeetingEvent, roster: readonly RosterEntry[]): ParticipantListModel {
  const byOrg = new Map<string, ParticipantListModel['organisations'][number]>()
  for (const entry of roster) {
    if (entry.registration.status !== 'pameldt' && entry.registration.status !== 'mott') continue
    const org = byOrg.get(entry.registration.organisationId) ?? { name: entry.organisationName, people: [] }
    org.people.push({ name: entry.personName, role: rolesText(entry.registration.rolesAtTime) })
    byOrg.set(entry.registration.organisationId, org)
  }
  return {
    eventTitle: event.title,
    dateLine: `${formatDateInWords(event.date)} ${formatTimeRange(event.startTime, event.endTime)}`.trim(),
    place: formatPlace(event),
    organisations: [...byOrg.values()],
  }
}

/** Asks main to print the list, then offers to open it. */
export async function printParticipantList(event: MeetingEvent, roster: readonly RosterEntry[]): Promise<void> {
  const result = await desktop().renderParticipantList({
    model: participantListModel(event, roster),
    fileName: `Deltakerliste ${event.title} ${formatDate(event.date)}`,
  })
  if (!result.ok) {
    if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
    return
  }
  const { path, name, pageCount } = result.data
  notify(`Deltakerlisten er lagret som ${name} (${pageCount} ${pageCount === 1 ? 'side' : 'sider'}).`, 'success', {
    label: 'Åpne',
    run: () => void desktop().openExternal({ kind: 'written-file', path }),
  })
}
