import { Link } from 'react-router'
import type { MemberYear } from '../../../domain/criteria/build-year'
import { CriterionStatusBadge } from './CriterionStatusBadge'
import { CRITERION_KEYS, CRITERION_LABELS } from '../../../domain/criteria/labels'
import type { CriteriaStanding } from '../../../domain/criteria/standing'
import { CriteriaStandingView } from '../../../components/CriteriaStanding'

/** The evidence behind each criterion for one member, opened under its row. */
export function EvidencePanel({ row, year, standing, onClose }: { row: MemberYear; year: number; standing?: CriteriaStanding; onClose: () => void }) {
  return (
    <section className="evidence-panel" aria-labelledby="evidence-title">
      <div className="evidence-head">
        <h3 id="evidence-title">
          {row.organisation.name} – {year}
        </h3>
        <button type="button" onClick={onClose}>
          Lukk begrunnelsen
        </button>
      </div>
      {standing && <CriteriaStandingView standing={standing} headingLevel={4} />}
      <dl className="evidence-list">
        {CRITERION_KEYS.map((key) => (
          <div key={key}>
            <dt>
              {CRITERION_LABELS[key]} <CriterionStatusBadge status={row.evaluation[key].status} />
            </dt>
            <dd>{row.evaluation[key].evidence}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={`/arsrapporter/${year}/${row.organisation.id}`}>Åpne årsrapporten for {year}</Link>
      </p>
    </section>
  )
}
