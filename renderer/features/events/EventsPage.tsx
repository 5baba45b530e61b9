import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import type { MeetingEvent } from '../../db/models'
import { listEvents } from '../../db/repositories/events-repo'
import { formatDate, todayInOslo } from '../../lib/dates'
import { formatPlace, formatTimeRange } from '../../domain/event/event-form'
import { EVENT_KIND_LABELS } from '../../domain/event/labels'

export function EventsPage() {
  const events = useLiveQuery(listEvents, [])
  const today = todayInOslo()
  const upcoming = events?.filter((e) => e.date >= today) ?? []
  const past = events?.filter((e) => e.date < today).toReversed() ?? []
  return (
    <>
      <PageHeader
        title="Arrangementer"
        description="Nettverksmøter, toppledermøter og partnersamlinger, med invitasjoner, påmelding og oppmøte."
        actions={
          <>
            <Link className="button" to="/arrangementer/oppmote">
              Oppmøte per år
            </Link>
            <Link className="button button-primary" to="/arrangementer/nytt">
              Nytt arrangement
            </Link>
          </>
        }
      />
      {events && events.length === 0 && (
        <EmptyState title="Ingen arrangementer ennå">
          <p>Opprett det første med «Nytt arrangement».</p>
        </EmptyState>
      )}
      {events && events.length > 0 && (
        <>
          <EventTable title="Kommende arrangementer" events={upcoming} empty="Ingen kommende arrangementer." />
          <EventTable title="Tidligere arrangementer" events={past} empty="Ingen tidligere arrangementer." />
        </>
      )}
    </>
  )
}

const COLUMNS: Column<MeetingEvent>[] = [
  {
    key: 'date',
    header: 'Dato',
    className: 'events-date',
    cell: (e) => (
      <>
        {formatDate(e.date)} <span className="muted">{formatTimeRange(e.startTime, e.endTime)}</span>
      </>
    ),
  },
  {
    key: 'title',
    header: 'Arrangement',
    cell: (e) => (
      <>
        <Link to={`/arrangementer/${e.id}`}>{e.title}</Link>
        {e.cancelledAt && <span className="badge badge-red events-badge">Avlyst</span>}
      </>
    ),
  },
  { key: 'kind', header: 'Type', cell: (e) => EVENT_KIND_LABELS[e.kind] },
  { key: 'place', header: 'Sted', cell: formatPlace },
  { key: 'capacity', header: 'Kapasitet', cell: (e) => e.capacity ?? 'Ubegrenset' },
]

function EventTable({ title, events, empty }: { title: string; events: MeetingEvent[]; empty: string }) {
  const id = title.replace(/\s+/g, '-').toLowerCase()
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable caption={title} columns={COLUMNS} rows={events} rowKey={(e) => e.id} empty={empty} />
    </section>
  )
}
