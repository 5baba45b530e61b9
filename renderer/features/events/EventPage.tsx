import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { cancelEvent, reinstateEvent } from '../../db/repositories/events-repo'
import { formatDate, formatDateInWords } from '../../lib/dates'
import { formatPlace, formatTimeRange } from '../../domain/event/event-form'
import { fileSlug } from './csv'
import { InvitationMail } from './InvitationMail'
import { InvitationsPanel } from './InvitationsPanel'
import { PersonalInvitations } from './PersonalInvitations'
import { hasNameBadges, printNameBadges } from './name-badges'
import { printParticipantList } from './participant-list'
import { RegistrationsPanel } from './RegistrationsPanel'
import { doorCounts, rosterCsv } from './roster'
import { saveCsv } from '../../components/save-csv'
import { csvBytes } from '../../lib/export/csv'
import { useEventData } from './use-event-data'
import { EVENT_KIND_LABELS } from '../../domain/event/labels'

export function EventPage() {
  const { eventId = '' } = useParams()
  const data = useEventData(eventId)
  const [confirmCancel, setConfirmCancel] = useState(false)
  if (data === undefined) return <PageHeader title="Arrangement" />
  if (data === null)
    return (
      <EmptyState title="Fant ikke arrangementet">
        <Link to="/arrangementer">Til arrangementene</Link>
      </EmptyState>
    )
  const { event, roster } = data
  const counts = doorCounts(roster)

  const cancel = async () => {
    setConfirmCancel(false)
    await cancelEvent(event.id)
    notify('Arrangementet er avlyst.', 'success', { label: 'Angre', run: () => void reinstateEvent(event.id) })
  }

  return (
    <>
      <PageHeader
        title={event.title}
        description={[EVENT_KIND_LABELS[event.kind], `${formatDateInWords(event.date)} ${formatTimeRange(event.startTime, event.endTime)}`.trim(), formatPlace(event)].join(' · ')}
        actions={
          <>
            <Link className="button button-primary" to={`/arrangementer/${event.id}/innsjekking`}>
              Innsjekking
            </Link>
            <Link className="button" to={`/arrangementer/${event.id}/rediger`}>
              Rediger
            </Link>
            {event.lunch && (
              <Link className="button" to={`/signeringslunsjer/${event.id}`}>
                Lunsjplan
              </Link>
            )}
            <button type="button" onClick={() => void printParticipantList(event, roster)}>
              Deltakerliste (PDF)
            </button>
            {hasNameBadges(event) && (
              <button type="button" onClick={() => void printNameBadges(event, roster, data.people)}>
                Navneskilt (PDF)
              </button>
            )}
            <button
              type="button"
              onClick={() => void saveCsv(`deltakere-${fileSlug(event.title)}-${formatDate(event.date)}.csv`, csvBytes(rosterCsv(roster)))}
              disabled={roster.length === 0}
            >
              Eksporter deltakere (CSV)
            </button>
            {event.cancelledAt ? (
              <button type="button" onClick={() => void reinstateEvent(event.id)}>
                Opphev avlysning
              </button>
            ) : (
              <button type="button" onClick={() => setConfirmCancel(true)}>
                Avlys
              </button>
            )}
          </>
        }
      />
      {event.cancelledAt && (
        <p className="events-cancelled" role="status">
          Arrangementet er avlyst.
        </p>
      )}
      <section className="card events-summary" aria-label="Oppsummering">
        <dl>
          <div>
            <dt>Møtt</dt>
            <dd>{counts.arrived}</dd>
          </div>
          <div>
            <dt>Påmeldt</dt>
            <dd>{counts.expected}</dd>
          </div>
          <div>
            <dt>Kapasitet</dt>
            <dd>{event.capacity ?? 'Ubegrenset'}</dd>
          </div>
          <div>
            <dt>Inviterte virksomheter</dt>
            <dd>{event.invitedOrganisationIds?.length ?? 0}</dd>
          </div>
        </dl>
        {event.notes && <p className="events-notes-text">{event.notes}</p>}
      </section>
      <InvitationsPanel data={data} />
      <InvitationMail data={data} />
      <PersonalInvitations data={data} />
      <RegistrationsPanel data={data} />
      {confirmCancel && (
        <ConfirmDialog
          open={confirmCancel}
          title="Avlyse arrangementet?"
          message="Arrangementet merkes som avlyst og teller ikke med i oppmøtet. Påmeldingene beholdes, og du kan oppheve avlysningen."
          confirmLabel="Avlys arrangementet"
          danger
          onConfirm={() => void cancel()}
          onCancel={() => setConfirmCancel(false)}
        />
      )}
    </>
  )
}
