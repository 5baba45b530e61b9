import type { Column } from '../../../components/DataTable'
import type { MemberYear } from '../../../domain/criteria/build-year'
import { atRiskThisYear, failedLastYear, standingSummary, type CriteriaStanding } from '../../../domain/criteria/standing'

/** The running year's column: failed last year (red) and at risk this year (amber). */
export function standingColumn(standingOf: (row: MemberYear) => CriteriaStanding | undefined): Column<MemberYear> {
  return {
    key: 'standing',
    header: 'Følg opp',
    sortValue: (row) => {
      const s = standingOf(row)
      return s ? (failedLastYear(s) ? 2 : 0) + (atRiskThisYear(s) ? 1 : 0) : 0
    },
    title: (row) => {
      const s = standingOf(row)
      return s ? standingSummary(s) || undefined : undefined
    },
    cell: (row) => {
      const s = standingOf(row)
      if (!s) return null
      return (
        <span className="standing-badges">
          {failedLastYear(s) && <span className="badge badge-red">Ikke oppfylt {s.lastYear.year}</span>}
          {atRiskThisYear(s) && <span className="badge badge-amber">I faresonen</span>}
        </span>
      )
    },
  }
}

type FilterProps = {
  year: number
  failedLastYear: number
  atRisk: number
  onlyFailedLastYear: boolean
  onlyAtRisk: boolean
  onChange: (change: { onlyFailedLastYear?: boolean; onlyAtRisk?: boolean }) => void
}

/** Who to follow up now: members that failed last year, and members at risk this year. */
export function StandingFilters({ year, failedLastYear: failed, atRisk, onlyFailedLastYear, onlyAtRisk, onChange }: FilterProps) {
  return (
    <>
      <p>
        <strong>{failed}</strong> oppfylte ikke kriteriene i {year - 1}, og <strong>{atRisk}</strong> er i faresonen i {year}.
      </p>
      <div className="field field-checkbox">
        <input id="only-failed-last-year" type="checkbox" checked={onlyFailedLastYear} onChange={(e) => onChange({ onlyFailedLastYear: e.target.checked })} />
        <label htmlFor="only-failed-last-year">Oppfylte ikke i fjor</label>
      </div>
      <div className="field field-checkbox">
        <input id="only-at-risk" type="checkbox" checked={onlyAtRisk} onChange={(e) => onChange({ onlyAtRisk: e.target.checked })} />
        <label htmlFor="only-at-risk">I faresonen i år</label>
      </div>
    </>
  )
}
