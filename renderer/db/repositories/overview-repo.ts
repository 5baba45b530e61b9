/** Reads for the start page (Oversikt). */
import { buildOverview, type Overview } from '../../features/overview/overview-model'
import { db } from '../db'
import type { DateOnly } from '../models'
import { loadYear } from './annual-reports-repo'

/** Reports are collected for last year; criteria are judged for the running year. */
export async function loadOverview(today: DateOnly): Promise<Overview> {
  const year = Number(today.slice(0, 4))
  const d = db()
  const [organisations, events, registrations, reportYear, criteriaYear] = await Promise.all([
    d.organisations.toArray(),
    d.events.toArray(),
    d.registrations.toArray(),
    loadYear(year - 1, today),
    loadYear(year, today),
  ])
  return buildOverview(today, organisations, events, registrations, reportYear, criteriaYear)
}
