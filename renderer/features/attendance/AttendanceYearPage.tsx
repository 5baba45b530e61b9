import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import type { EventKind } from '../../db/models'
import { saveSettings } from '../../db/repositories/settings-repo'
import { todayInOslo } from '../../lib/dates'
import { saveCsv } from '../../components/save-csv'
import { csvBytes } from '../../lib/export/csv'
import { attendanceCsv } from './attendance-csv'
import type { OrganisationAttendanceFacts } from '../../domain/event/attendance-facts'
import { loadAttendanceFacts } from './load-attendance-facts'
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../domain/event/labels'

const allTitle = (year: number, count: number) => `Alle medlemmer og partnere i ${year} (${count})`

const MEMBER_COLUMNS: Column<OrganisationAttendanceFacts>[] = [
  { key: 'name', header: 'Virksomhet', cell: (m) => m.name },
  { key: 'meetings', header: 'Møter som teller', cell: (m) => m.countingMeetings.length },
  { key: 'leader', header: 'Toppleder/stedfortreder på toppledermøte', cell: (m) => (m.leaderAttended ? 'Ja' : 'Nei') },
]

export function AttendanceYearPage() {
  const thisYear = Number(todayInOslo().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const facts = useLiveQuery(() => loadAttendanceFacts(year), [year])
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i)

  const toggleKind = async (kind: EventKind, on: boolean) => {
    if (!facts) return
    const next = EVENT_KINDS.filter((k) => (k === kind ? on : facts.participationKinds.includes(k)))
    if (next.length === 0) {
      notify('Minst én type må telle for deltakelse.', 'error')
      return
    }
    await saveSettings({ participationKinds: next })
  }

  return (
    <>
      <PageHeader
        title="Oppmøte per år"
        description="Fakta for kriteriene Deltakelse og Lederforankring. Vurderingen gjøres i årsrapporten."
        actions={
          <>
            <Link className="button" to="/arrangementer">
              Til arrangementene
            </Link>
            <button type="button" disabled={!facts} onClick={() => facts && void saveCsv(`oppmote-${year}.csv`, csvBytes(attendanceCsv(facts)))}>
              Eksporter oppmøte (CSV)
            </button>
          </>
        }
      />
      <section className="card attendance-controls" aria-label="Valg">
        <div className="field">
          <label htmlFor="attendance-year">År</label>
          <select id="attendance-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Møtetyper som teller for deltakelse</legend>
          {EVENT_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={facts?.participationKinds.includes(k) ?? false} onChange={(e) => void toggleKind(k, e.target.checked)} />{' '}
              {EVENT_KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
      </section>
      {facts && (
        <>
          <NameList title={`Medlemmer og partnere uten deltakelse i ${year}`} items={facts.withoutParticipation} empty="Alle medlemmer og partnere har deltatt." />
          <NameList
            title={`Medlemmer og partnere uten toppleder eller stedfortreder på toppledermøte i ${year}`}
            items={facts.withoutLeaderAttendance}
            empty="Alle medlemmer og partnere har hatt toppleder eller stedfortreder på toppledermøte."
          />
          <section className="card" aria-labelledby="attendance-all">
            <h2 id="attendance-all">{allTitle(year, facts.members.length)}</h2>
            <DataTable
              caption={allTitle(year, facts.members.length)}
              columns={MEMBER_COLUMNS}
              rows={facts.members}
              rowKey={(m) => m.organisationId}
              empty="Ingen medlemmer eller partnere dette året."
            />
          </section>
        </>
      )}
    </>
  )
}

function NameList({ title, items, empty }: { title: string; items: OrganisationAttendanceFacts[]; empty: string }) {
  const id = useId()
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="attendance-names">
          {items.map((m) => (
            <li key={m.organisationId}>{m.name}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
