import type { CriteriaStanding } from '../domain/criteria/standing'
import { CRITERION_LABELS } from '../domain/criteria/labels'

/**
 * A member's standing in words it can act on: last year's verdict with the reasons, this year's
 * progress with what is still needed and by when, and why it is at risk. Shared by the
 * organisation page and the criteria page.
 */
export function CriteriaStandingView({ standing, headingLevel = 3 }: { standing: CriteriaStanding; headingLevel?: 3 | 4 }) {
  const { lastYear, year, progress, atRisk } = standing
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <div className="criteria-standing">
      <section aria-label={`Kriteriene i ${lastYear.year}`}>
        <Heading>I fjor ({lastYear.year})</Heading>
        {!lastYear.member ? (
          <p>Ikke medlem i {lastYear.year}.</p>
        ) : lastYear.failed.length === 0 ? (
          <p>
            <span className="badge badge-green">Ingen kriterier brutt</span>
            {lastYear.pending.length > 0 && <> Venter på {lastYear.pending.map((k) => CRITERION_LABELS[k]).join(', ')}.</>}
          </p>
        ) : (
          <>
            <p>
              <span className="badge badge-red">Oppfylte ikke kriteriene i {lastYear.year}</span>
            </p>
            <ul className="standing-reasons">
              {lastYear.failed.map((r) => (
                <li key={r.key}>
                  <strong>{r.label}:</strong> {r.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-label={`Fremdrift i ${year}`}>
        <Heading>I år ({year})</Heading>
        {atRisk.length > 0 && (
          <div className="standing-risk">
            <p>
              <span className="badge badge-amber">I faresonen</span>
            </p>
            <ul className="standing-reasons">
              {atRisk.map((r) => (
                <li key={r.key}>
                  <strong>{r.label}:</strong> {r.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {progress.length === 0 ? (
          <p>Ingenting å følge opp i {year}.</p>
        ) : (
          <ul className="standing-progress">
            {progress.map((p) => (
              <li key={p.key} className={p.done ? 'done' : 'open'}>
                <span aria-hidden="true">{p.done ? '✓' : '○'} </span>
                <strong>{p.label}:</strong> {p.text}
                <span className="visually-hidden">{p.done ? ' (gjort)' : ' (gjenstår)'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
