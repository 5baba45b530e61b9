/** Reads for the start page (Oversikt): the rows its numbers are counted from. */
import type { YearSnapshot } from '../../domain/criteria/build-year'
import { db } from '../db'
import type { DateOnly, MeetingEvent, Organisation, Registration } from '../models'
import { loadYear } from './annual-reports-repo'

export type OverviewRows = {
  organisations: Organisation[]
  events: MeetingEvent[]
  registrations: Registration[]
  reportYear: YearSnapshot
  criteriaYear: YearSnapshot
}

/** Reports are collected for last year; criteria are judged for the running year. Read only. */
export async function readOverviewRows(today: DateOnly): Promise<OverviewRows> {
  const year = Number(today.slice(0, 4))
  const d = db()
  const [organisations, events, registrations, reportYear, criteriaYear] = await Promise.all([
    d.organisations.toArray(),
    d.events.toArray(),
    d.registrations.toArray(),
    loadYear(year - 1, today),
    loadYear(year, today),
  ])
  return { organisations, events, registrations, reportYear, criteriaYear }
}
