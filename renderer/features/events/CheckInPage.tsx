import { useEffect, useMemo, useRef } from 'react'
import { Link, useParams } from 'react-router'
import { checkIn, undoCheckIn, type RosterEntry } from '../../db/repositories/registrations-repo'
import { formatDateInWords } from '../../lib/dates'
import { buildSearchIndex, searchIndex } from '../../domain/event/check-in-search'
import { useCheckIn } from './check-in-store'
import { formatTimeRange } from '../../domain/event/event-form'
import { printParticipantList } from './participant-list'
import { doorCounts } from './roster'
import { useEventData } from './use-event-data'
import { WalkInForm } from './WalkInForm'

const MAX_MATCHES = 8

/** Oslo time of day, "09.05". */
export const clock = (iso: string): string =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)).replace(':', '.')

const optionId = (id: string) => `checkin-option-${id}`

type Entry = RosterEntry & { id: string }

/** The full-window door screen: one search field, always focused; Enter checks in. */
export function CheckInPage() {
  const { eventId = '' } = useParams()
  const data = useEventData(eventId)
  const { query, highlight, message, walkIn, setQuery, setHighlight, say, openWalkIn, reset } = useCheckIn()
  const input = useRef<HTMLInputElement>(null)
  const entries = useMemo<Entry[]>(() => (data?.roster ?? []).map((r) => ({ ...r, id: r.registration.id })), [data?.roster])
  const index = useMemo(() => buildSearchIndex(entries), [entries])
  const matches = useMemo(() => searchIndex(index, query, MAX_MATCHES), [index, query])
  const active = Math.min(highlight, Math.max(matches.length - 1, 0))

  // A new door session starts clean; the arrivals themselves stay in IndexedDB.
  // oxlint-disable-next-line react/exhaustive-effect-dependencies -- the event change is the trigger
  useEffect(() => reset, [eventId, reset])

  // Full-window mode: the app's menu behind the door screen is out of reach for Tab and screen readers.
  useEffect(() => {
    const behind = [...document.querySelectorAll<HTMLElement>('.sidebar, .skip-link')]
    for (const el of behind) el.inert = true
    return () => {
      for (const el of behind) el.inert = false
    }
  }, [])

  // The field takes focus back after every change (a click, an undo, a walk-in), so the next
  // arrival can always just type.
  useEffect(() => {
    if (!walkIn) input.current?.focus()
  })

  if (data === undefined) return <div className="checkin" />
  if (data === null)
    return (
      <div className="checkin">
        <h1>Fant ikke arrangementet</h1>
        <Link to="/arrangementer">Til arrangementene</Link>
      </div>
    )
  const { event, roster } = data
  const counts = doorCounts(roster)
  const recent = roster
    .filter((r) => r.registration.status === 'mott' && r.registration.checkedInAt)
    .sort((a, b) => (b.registration.checkedInAt ?? '').localeCompare(a.registration.checkedInAt ?? ''))
    .slice(0, 4)

  const admit = async (entry: Entry) => {
    // Clear before the write, so a name typed ahead while it saves is kept.
    setQuery('')
    const outcome = await checkIn(entry.registration.id)
    if (!outcome.ok) {
      say({ kind: 'already', text: `${entry.personName} er allerede sjekket inn – kom kl. ${clock(outcome.checkedInAt)}.` })
      return
    }
    const at = clock(outcome.registration.checkedInAt ?? new Date().toISOString())
    say({
      kind: outcome.overCapacity ? 'full' : 'checked-in',
      text: `${entry.personName} (${entry.organisationName}) er sjekket inn kl. ${at}.${outcome.overCapacity ? ' Merk: flere enn kapasiteten har kommet.' : ''}`,
      registrationId: entry.registration.id,
    })
  }
  const undo = async (registrationId: string, name: string) => {
    await undoCheckIn(registrationId)
    say({ kind: 'undone', text: `Innsjekkingen av ${name} er angret.` })
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && matches.length > 0) {
      e.preventDefault()
      setHighlight((active + 1) % matches.length)
    } else if (e.key === 'ArrowUp' && matches.length > 0) {
      e.preventDefault()
      setHighlight((active - 1 + matches.length) % matches.length)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const chosen = matches[active]
      if (chosen) void admit(chosen)
      else if (query.trim()) openWalkIn(query.trim())
    } else if (e.key === 'Escape') setQuery('')
  }

  const lastName = (id: string) => roster.find((r) => r.registration.id === id)?.personName ?? ''
  return (
    <div className="checkin" role="region" aria-label="Innsjekking">
      <header className="checkin-header">
        <div>
          <h1>{event.title}</h1>
          <p>
            {formatDateInWords(event.date)} {formatTimeRange(event.startTime, event.endTime)}
          </p>
        </div>
        <p className="checkin-count" aria-live="polite" aria-label={`Møtt ${counts.arrived} av ${counts.expected} påmeldte`}>
          <span className="checkin-count-number">
            {counts.arrived} / {counts.expected}
          </span>
          <span className="checkin-count-label">møtt / påmeldt</span>
        </p>
        <div className="checkin-actions">
          <button type="button" onClick={() => void printParticipantList(event, roster)}>
            Deltakerliste (PDF)
          </button>
          <Link className="button" to={`/arrangementer/${event.id}`}>
            Avslutt innsjekking
          </Link>
        </div>
      </header>
      {event.capacity !== null && counts.arrived >= event.capacity && (
        <p className="checkin-capacity" role="status">
          {counts.arrived > event.capacity ? 'Flere enn kapasiteten' : 'Kapasiteten'} ({event.capacity}) er nådd. Ingen avvises ved døren.
        </p>
      )}
      <div className="checkin-search">
        <label htmlFor="checkin-query">Søk etter navn eller virksomhet</label>
        <input
          id="checkin-query"
          ref={input}
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="checkin-matches"
          aria-activedescendant={matches[active] ? optionId(matches[active].id) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          value={query}
          disabled={walkIn !== null}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {walkIn ? (
        <WalkInForm eventId={event.id} organisations={data.organisations} people={data.people} onDone={(text, id) => say({ kind: 'checked-in', text, registrationId: id || undefined })} />
      ) : (
        <>
          <ul id="checkin-matches" role="listbox" aria-label="Treff" className="checkin-matches">
            {matches.map((m, i) => (
              <li
                key={m.id}
                id={optionId(m.id)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'checkin-match is-active' : 'checkin-match'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void admit(m)}
              >
                <span className="checkin-person">{m.personName}</span>
                <span className="checkin-org">{m.organisationName}</span>
                {m.registration.status === 'mott' && m.registration.checkedInAt && (
                  <span className="checkin-arrived">Møtt kl. {clock(m.registration.checkedInAt)}</span>
                )}
              </li>
            ))}
          </ul>
          {query.trim() && matches.length === 0 && (
            <p className="checkin-hint">
              Ingen treff på «{query.trim()}». Trykk Enter for å legge til en deltaker som ikke står på listen.
            </p>
          )}
          {!query.trim() && <p className="checkin-hint">Skriv en del av navnet. Piltastene velger, Enter sjekker inn.</p>}
          <p className="checkin-walkin-open">
            <button type="button" onClick={() => openWalkIn(query.trim())}>
              Ny deltaker uten påmelding
            </button>
          </p>
        </>
      )}
      {message && (
        <div className={`checkin-message checkin-message-${message.kind}`} role="status">
          <span>{message.text}</span>
          {message.registrationId && message.kind !== 'undone' && (
            <button type="button" onClick={() => void undo(message.registrationId ?? '', lastName(message.registrationId ?? ''))}>
              Angre
            </button>
          )}
        </div>
      )}
      {recent.length > 0 && (
        <section className="checkin-recent" aria-labelledby="checkin-recent-title">
          <h2 id="checkin-recent-title">Sist ankommet</h2>
          <ul>
            {recent.map((r) => (
              <li key={r.registration.id}>
                <span>
                  kl. {clock(r.registration.checkedInAt ?? '')} · {r.personName}, {r.organisationName}
                </span>
                <button
                  type="button"
                  className="button-link"
                  aria-label={`Angre innsjekking av ${r.personName}`}
                  onClick={() => void undo(r.registration.id, r.personName)}
                >
                  Angre
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
