import { formatDate } from '../../lib/dates'
import type { Overview } from './overview-model'
import { datedTitle } from '../../domain/event/dated-title'

/** The start page's figures as two-column CSV rows, dated. */
export function overviewCsvRows(o: Overview, today: string): string[][] {
  return [
    ['Nøkkeltall', 'Verdi'],
    ['Dato', formatDate(today)],
    ['Signert klimakontrakten', String(o.signed)],
    ['Medlemmer', String(o.members)],
    ['Partnere', String(o.partners)],
    ['Søkere som venter', String(o.applicants)],
    ['Godkjent, venter på signering', String(o.approvedWaiting)],
    ['Neste signeringslunsj', o.nextLunch ? datedTitle(o.nextLunch.title, o.nextLunch.date) : 'Ingen planlagt'],
    ['Ledige plasser neste signeringslunsj', o.nextLunch ? String(o.nextLunch.free) : ''],
    [`Årsrapporter ${o.reports.year} mottatt`, `${o.reports.received} av ${o.reports.expected}`],
    [`Årsrapporter ${o.reports.year} forfalt`, String(o.reports.overdue)],
    [`Medlemmer og partnere som ikke oppfyller alle kriteriene ${o.criteria.year}`, `${o.criteria.failing} av ${o.criteria.members}`],
    [`Oppfylte ikke kriteriene ${o.criteria.lastYear}`, String(o.criteria.failedLastYear)],
    [`I faresonen ${o.criteria.year}`, String(o.criteria.atRisk)],
    ...o.upcoming.map((e) => ['Kommende arrangement', datedTitle(e.title, e.date)]),
  ]
}
