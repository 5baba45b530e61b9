import { Link } from 'react-router'
import type { MemberYear } from '../build-year'
import { CRITERION_KEYS, CRITERION_LABELS } from '../evaluate'
import { StatusBadge } from './StatusBadge'

/** The evidence behind each criterion for one member, beside the table. */
export function EvidencePanel({ row, year, onClose }: { row: MemberYear; year: number; onClose: () => void }) {
  return (
    <aside className="card evidence-panel" aria-labelledby="evidence-title">
      <div className="evidence-head">
        <h2 id="evidence-title">
          {row.organisation.name} – {year}
        </h2>
        <button type="button" onClick={onClose}>
          Lukk
        </button>
      </div>
      <dl className="evidence-list">
        {CRITERION_KEYS.map((key) => (
          <div key={key}>
            <dt>
              {CRITERION_LABELS[key]} <StatusBadge status={row.evaluation[key].status} />
            </dt>
            <dd>{row.evaluation[key].evidence}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={`/arsrapporter/${year}/${row.organisation.id}`}>Åpne årsrapporten for {year}</Link>
      </p>
    </aside>
  )
}
