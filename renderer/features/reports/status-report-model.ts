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

export function buildStatusReport(
  snapshot: YearSnapshot,
  current: KeyFigures,
  previous: KeyFigures,
  secretariatName: string,
  today: string,
): StatusReportModel {
  const rows = snapshot.rows.toSorted((a, b) => compareNorwegian(a.organisation.name, b.organisation.name))
  const partners = rows.filter((r) => r.organisation.tier === 'partner').length
  const expected = rows.filter((r) => r.evaluation.reporting.status !== 'not-applicable')
  const failing = rows.filter((r) => failedCriteria(r.evaluation).length > 0).length
  return {
    year: snapshot.year,
    generatedOn: formatDate(today),
    secretariatName,
    summary: [
      [`Medlemmer i ${snapshot.year}`, `${rows.length} (herav ${partners} ${partners === 1 ? 'partner' : 'partnere'})`],
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
  }
}
