import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import type { AssessmentStatus, Organisation } from '../../../db/models'
import { loadMemberYear, loadStanding } from '../../../db/repositories/criteria-repo'
import { CriteriaStandingView } from '../../../components/CriteriaStanding'
import { formatDate, todayInOslo } from '../../../lib/dates'
import { criteriaStatuses } from '../../../domain/criteria/assessment'
import { ASSESSMENT_LABELS, CERTIFICATION_LABELS, EXPECTATION_KEYS, EXPECTATION_LABELS } from '../../../domain/organisation/labels'
import { CRITERION_LABELS } from '../../../domain/criteria/labels'

const TONE: Record<AssessmentStatus, string> = {
  oppfylt: 'badge badge-green',
  delvis: 'badge badge-amber',
  'ikke-oppfylt': 'badge badge-red',
  ukjent: 'badge badge-grey',
}

const Status = ({ status }: { status: AssessmentStatus }) => <span className={TONE[status]}>{ASSESSMENT_LABELS[status]}</span>

/** Criteria (manual and, where the app can tell, derived) and expectations, read only. */
export function AssessmentSummary({ org }: { org: Organisation }) {
  const { certification } = org
  const today = todayInOslo()
  const year = Number(today.slice(0, 4))
  // The app's own judgement for this year (evaluateCriteria), when the organisation is a member.
  const memberYear = useLiveQuery(() => loadMemberYear(org.id, year, today), [org.id, year, today])
  // Last year's verdict and this year's progress: what the secretariat can act on now.
  const standing = useLiveQuery(() => loadStanding(org.id, today), [org.id, today])
  return (
    <section className="card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Kriterier og forventninger</h2>
      {standing && <CriteriaStandingView standing={standing} />}
      <div className="assessment-grid">
        <table>
          <caption>Medlemskriterier</caption>
          <thead>
            <tr>
              <th scope="col">Kriterium</th>
              <th scope="col">Vurdering</th>
              <th scope="col">Avledet {year}</th>
              <th scope="col">Merknad</th>
            </tr>
          </thead>
          <tbody>
            {criteriaStatuses(org, memberYear?.evaluation).map((c) => (
              <tr key={c.key}>
                <th scope="row">{CRITERION_LABELS[c.key]}</th>
                <td>
                  <Status status={c.manual} />
                </td>
                <td>
                  {c.derived ? <Status status={c.derived} /> : '–'}
                  {c.evidence && <p className="field-hint derived-evidence">{c.evidence}</p>}
                </td>
                <td>{org.criteria[c.key]?.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Forventninger</caption>
          <thead>
            <tr>
              <th scope="col">Forventning</th>
              <th scope="col">Vurdering</th>
              <th scope="col">Merknad</th>
            </tr>
          </thead>
          <tbody>
            {EXPECTATION_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{EXPECTATION_LABELS[key]}</th>
                <td>
                  <Status status={org.expectations[key]?.status ?? 'ukjent'} />
                </td>
                <td>{org.expectations[key]?.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {memberYear && (
        <p>
          <Link to={`/kriterier?ar=${year}`}>Se kriteriene til alle medlemmer og partnere for {year}</Link>
        </p>
      )}
      <p>
        <strong>Miljøsertifisering:</strong>{' '}
        {certification.kind
          ? `${CERTIFICATION_LABELS[certification.kind]}${certification.validUntil ? `, gyldig til ${formatDate(certification.validUntil)}` : ''}${certification.note ? ` (${certification.note})` : ''}`
          : 'Ingen registrert'}
      </p>
    </section>
  )
}
