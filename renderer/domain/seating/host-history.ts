/**
 * Who each host has sat with at earlier lunches, for the rule "hosts meet new guests". The
 * commissioner and the secretariat's hosts come to every lunch, but a host's record is made anew
 * for each lunch, so hosts are matched by folded name; guests are matched by person.
 */
import { foldText } from '../../lib/text-fold'
import type { LunchTable } from './records'
import { parseSeatKey } from './types'

export type PastLunch = {
  /** Host guest ids as seated (`host:<id>`, `commissioner`) → the host's name at that lunch. */
  hostNames: ReadonlyMap<string, string>
  /** Registration id → person id of the lunch's guests. */
  guestPersons: ReadonlyMap<string, string>
  tables: readonly LunchTable[]
  assignment: Readonly<Record<string, string>>
}

export const hostKey = (name: string): string => foldText(name).replace(/\s+/g, ' ').trim()

/** Folded host name → the people they shared a table with, over every lunch given. */
export function hostMeetings(lunches: readonly PastLunch[]): Map<string, Set<string>> {
  const met = new Map<string, Set<string>>()
  for (const lunch of lunches) {
    const atTable = new Map<string, { hosts: string[]; people: string[] }>()
    for (const [seat, guestId] of Object.entries(lunch.assignment)) {
      const { tableId } = parseSeatKey(seat)
      if (!lunch.tables.some((t) => t.id === tableId)) continue
      const table = atTable.get(tableId) ?? { hosts: [], people: [] }
      const host = lunch.hostNames.get(guestId)
      const person = lunch.guestPersons.get(guestId)
      if (host?.trim()) table.hosts.push(hostKey(host))
      else if (person) table.people.push(person)
      atTable.set(tableId, table)
    }
    for (const { hosts, people } of atTable.values()) {
      for (const host of hosts) {
        const set = met.get(host) ?? new Set<string>()
        for (const p of people) set.add(p)
        met.set(host, set)
      }
    }
  }
  return met
}
