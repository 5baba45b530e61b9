/** The status report's content, in finished Norwegian text, from a loaded year and its key figures. */
import type { StatusReportModel } from '../../../electron/shared/channels/reports'
import { compareNorwegian } from '../../lib/collation'
import { formatDate } from '../../lib/dates'
import type { YearSnapshot } from '../../domain/criteria/build-year'
import { failedCriteria } from '../../domain/criteria/evaluate'
import { formatShare, shareChange, type KeyFigures } from '../../domain/criteria/key-figures'
import { withChecklist } from '../../domain/report/report-rules'
import { CRITERION_KEYS, CRITERION_LABELS } from '../../domain/criteria/labels'
import { REPORT_STATUS_LABELS } from '../../domain/report/labels'
import { certificationName, TIER_LABELS } from '../../domain/organisation/labels'
import { tierOn } from '../../domain/organisation/tier-history'
import { changeText, partnerEmissions, tonnesText } from '../../domain/report/partner-emissions'

type TonnesByScope = { scope1: number | null; scope2: number | null; scope3: number | null }

/** One line of the partner table as finished text. */
const emissionsRow = (name: string, reportedOn: string, t: TonnesByScope, total: number | null, change: number | null) => ({
  name,
  reportedOn,
  scope1: tonnesText(t.scope1),
  scope2: tonnesText(t.scope2),
  scope3: tonnesText(t.scope3),
  total: tonnesText(total),
  change: changeText(change),
})

/** The partners' Klimapartnere figures for the report; partners by their tier at the year's end. */
export function partnerEmissionsSection(snapshot: YearSnapshot, previousSnapshot: YearSnapshot | null): StatusReportModel['partnerEmissions'] {
  const partners = snapshot.rows
    .filter((r) => tierOn(r.organisation.tier, r.organisation.tierHistory, `${snapshot.year}-12-31`) === 'partner')
    .map((r) => ({ id: r.organisation.id, name: r.organisation.name }))
    .sort((a, b) => compareNorwegian(a.name, b.name))
  if (partners.length === 0) return undefined
  const reports = snapshot.rows.flatMap((r) => (r.report ? [r.report] : []))
  const previousReports = (previousSnapshot?.rows ?? []).flatMap((r) => (r.report ? [r.report] : []))
  const { rows, totals } = partnerEmissions(partners, reports, previousReports)
  const compared = rows.filter((r) => r.change !== null).length
  return {
    previousYear: snapshot.year - 1,
    rows: rows.map((r) => emissionsRow(r.name, r.reportedOn ? formatDate(r.reportedOn) : 'Ikke rapportert', r.tonnes, r.total, r.change)),
    totals: emissionsRow('Sum', `${rows.filter((r) => r.reportedOn).length} av ${rows.length}`, totals, totals.total, totals.change),
    note:
      compared > 0
        ? `Endringen i sum gjelder ${compared === 1 ? 'den ene partneren' : `de ${compared} partnerne`} med tall begge år: fra ${tonnesText(totals.previousComparable)} i ${snapshot.year - 1} til ${tonnesText(totals.comparable)} i ${snapshot.year}.`
        : `Ingen partnere har tall for både ${snapshot.year - 1} og ${snapshot.year}.`,
  }
}

export function buildStatusReport(
  snapshot: YearSnapshot,
  current: KeyFigures,
  previous: KeyFigures,
  secretariatName: string,
  today: string,
  previousSnapshot: YearSnapshot | null = null,
): StatusReportModel {
  const partnerSection = partnerEmissionsSection(snapshot, previousSnapshot)
  const rows = snapshot.rows.toSorted((a, b) => compareNorwegian(a.organisation.name, b.organisation.name))
  const partners = rows.filter((r) => r.organisation.tier === 'partner').length
  const expected = rows.filter((r) => r.evaluation.reporting.status !== 'not-applicable')
  const failing = rows.filter((r) => failedCriteria(r.evaluation).length > 0).length
  return {
    year: snapshot.year,
    generatedOn: formatDate(today),
    secretariatName,
    summary: [
      [`Medlemmer og partnere i ${snapshot.year}`, `${rows.length} (herav ${partners} ${partners === 1 ? 'partner' : 'partnere'})`],
      ['Årsrapporter mottatt', `${expected.filter((r) => r.received).length} av ${expected.length} (frist ${formatDate(snapshot.dueDate)})`],
      ['Oppfyller ikke alle kriteriene', String(failing)],
    ],
    keyFigures: {
      previousYear: previous.year,
      rows: current.figures.map((f, i) => {
        const before = previous.figures[i]
        return {
          label: f.label,
          current: `${formatShare(f.share)} (${f.count})`,
          previous: `${formatShare(before?.share ?? null)} (${before?.count ?? 0})`,
          change: shareChange(f.share, before?.share ?? null) ?? '–',
        }
      }),
    },
    members: rows.map((r) => {
      const checklist = r.report ? withChecklist(r.report) : null
      const cert = checklist?.certification
      const failed = failedCriteria(r.evaluation)
      const met = CRITERION_KEYS.filter((k) => r.evaluation[k].status === 'met').length
      const status = r.report?.status ?? 'ikke-mottatt'
      return {
        name: r.organisation.name,
        tier: TIER_LABELS[r.organisation.tier],
        signedDate: formatDate(r.facts.contract?.signedDate ?? r.organisation.signedDate),
        certification: cert?.kind
          ? `${certificationName(cert.kind)}${cert.validUntil ? `, gyldig til ${formatDate(cert.validUntil)}` : ''}`
          : '',
        reportStatus: `${REPORT_STATUS_LABELS[status]}${r.report?.receivedDate ? ` ${formatDate(r.report.receivedDate)}` : ''}`,
        criteria: `${met} av 6 oppfylt.${failed.length ? ` Ikke oppfylt: ${failed.map((k) => CRITERION_LABELS[k]).join(', ')}.` : ''}`,
        measuresDone: checklist?.measuresDone ?? '',
        measuresPlanned: checklist?.measuresPlanned ?? '',
      }
    }),
    ...(partnerSection ? { partnerEmissions: partnerSection } : {}),
  }
}
