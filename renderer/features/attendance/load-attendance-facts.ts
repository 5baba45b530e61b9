/**
 * The attendance facts of one year, read from the database with the participationKinds setting.
 * Read only, so safe inside a live query: `useLiveQuery(() => loadAttendanceFacts(2026), [])`.
 * For the pure computation over rows you already hold, call `attendanceFacts` directly.
 */
import { readAttendanceRows } from '../../db/repositories/events-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import { attendanceFacts, type AttendanceFacts } from '../../domain/event/attendance-facts'

export async function loadAttendanceFacts(year: number): Promise<AttendanceFacts> {
  const [rows, settings] = await Promise.all([readAttendanceRows(), loadSettings()])
  return attendanceFacts({ year, ...rows, participationKinds: settings.participationKinds })
}
