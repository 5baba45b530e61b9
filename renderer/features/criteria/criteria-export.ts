/** The criteria overview of a year as CSV rows (members × criteria, with the report status). */
import { formatDate } from '../../lib/dates'
import { compareNorwegian } from '../../lib/collation'
import type { YearSnapshot } from '../../domain/criteria/build-year'
import { failedCriteria } from '../../domain/criteria/evaluate'
import { REPORT_STATUS_LABELS } from '../../domain/report/labels'
import { CRITERION_KEYS, CRITERION_LABELS, CRITERION_STATUS_LABELS } from '../../domain/criteria/labels'
import { TIER_LABELS } from '../../domain/organisation/labels'

export function criteriaCsvRows(snapshot: YearSnapshot): string[][] {
  const header = ['Virksomhet', 'Organisasjonsnummer', 'Nivå', 'Årsrapport', 'Mottatt', ...CRITERION_KEYS.map((k) => CRITERION_LABELS[k]), 'Ikke oppfylt – begrunnelse']
  const rows = snapshot.rows
    .toSorted((a, b) => compareNorwegian(a.organisation.name, b.organisation.name))
    .map((r) => [
      r.organisation.name,
      r.organisation.orgNumber,
      TIER_LABELS[r.organisation.tier],
      REPORT_STATUS_LABELS[r.report?.status ?? 'ikke-mottatt'],
      formatDate(r.report?.receivedDate),
      ...CRITERION_KEYS.map((k) => CRITERION_STATUS_LABELS[r.evaluation[k].status]),
      failedCriteria(r.evaluation)
        .map((k) => `${CRITERION_LABELS[k]}: ${r.evaluation[k].evidence}`)
        .join(' '),
    ])
  return [header, ...rows]
}
