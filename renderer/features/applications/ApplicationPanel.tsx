import { useLiveQuery } from 'dexie-react-hooks'
import { applicationsOf } from '../../db/repositories/applications-repo'
import { TIER_LABELS } from '../../domain/organisation/labels'
import { formatDate } from '../../lib/dates'

/** The organisation page's "Søknad" section: each application with every answer as given. */
export function ApplicationPanel({ organisationId }: { organisationId: string }) {
  const applications = useLiveQuery(() => applicationsOf(organisationId), [organisationId])
  if (!applications) return null
  if (applications.length === 0) return <p className="muted">Ingen søknad fra søknadsskjemaet.</p>
  return (
    <>
      {applications.map((application) => (
        <details key={application.id} open={application === applications[0]} className="application-answers">
          <summary>
            Søknad {formatDate(application.date)} – ønsker å bli {TIER_LABELS[application.tier].toLowerCase()} (skjema {application.formId})
          </summary>
          <dl>
            {application.answers.map((a) => (
              <div key={a.question}>
                <dt>{a.question}</dt>
                <dd>{a.answer || '–'}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </>
  )
}
