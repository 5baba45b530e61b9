import { useLiveQuery } from 'dexie-react-hooks'
import type { MeetingEvent, Organisation, Person } from '../../db/models'
import { getEvent, readDirectory } from '../../db/repositories/events-repo'
import { listRoster, type RosterEntry } from '../../db/repositories/registrations-repo'

export type EventData = { event: MeetingEvent; roster: RosterEntry[]; organisations: Organisation[]; people: Person[] }

/** The event, its roster and the directory, live; null when the event does not exist. */
export function useEventData(eventId: string): EventData | null | undefined {
  return useLiveQuery(async () => {
    const event = await getEvent(eventId)
    if (!event) return null
    const [roster, directory] = await Promise.all([listRoster(eventId), readDirectory()])
    return { event, roster, ...directory }
  }, [eventId])
}
