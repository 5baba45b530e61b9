import { formatDate } from '../../lib/dates'
import { toCsvText } from '../../lib/export/csv'
import type { AttendanceFacts } from '../../domain/event/attendance-facts'

/** One row per member for the year: counting meetings, leader attendance, and the dates. */
export function attendanceCsv(facts: AttendanceFacts): string {
  return toCsvText(
    ['Virksomhet', 'Partner', 'År', 'Møter som teller', 'Toppleder/stedfortreder på toppledermøte', 'Møter (dato og tittel)'],
    facts.members.map((m) => [
      m.name,
      m.tier === 'partner' ? 'ja' : 'nei',
      facts.year,
      m.countingMeetings.length,
      m.leaderAttended ? 'ja' : 'nei',
      m.allMeetings.map((x) => `${formatDate(x.date)} ${x.title}`).join(', '),
    ]),
  )
}
