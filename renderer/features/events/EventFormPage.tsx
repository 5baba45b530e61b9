import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import type { EventKind } from '../../db/models'
import { createEvent, getEvent, updateEvent } from '../../db/repositories/events-repo'
import { emptyEventForm, formFromEvent, parseEventForm, type EventErrors, type EventForm } from '../../domain/event/event-form'
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../domain/event/labels'
import { messageOf } from '../../lib/result'

/** New event, or editing one (`/arrangementer/:eventId/rediger`). */
export function EventFormPage() {
  const { eventId } = useParams()
  const existing = useLiveQuery(async () => (eventId ? ((await getEvent(eventId)) ?? null) : null), [eventId])
  if (eventId && existing === undefined) return <PageHeader title="Rediger arrangement" />
  if (eventId && existing === null) return <PageHeader title="Fant ikke arrangementet" />
  return <EventFormView eventId={eventId ?? null} initial={existing ? formFromEvent(existing) : emptyEventForm()} />
}

function EventFormView({ eventId, initial }: { eventId: string | null; initial: EventForm }) {
  const navigate = useNavigate()
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<EventErrors>({})
  const set = (key: keyof EventForm) => (value: string) => setForm({ ...form, [key]: value })

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const parsed = parseEventForm(form)
    if (!parsed.ok) {
      setErrors(parsed.errors)
      notify('Arrangementet ble ikke lagret. Rett feltene som er merket.', 'error')
      // Take the keyboard to the first field that needs fixing, once it is marked.
      const element = event.currentTarget
      requestAnimationFrame(() => element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setErrors({})
    const saved = eventId ? await updateEvent(eventId, form) : await createEvent(form)
    // The form was checked above with the same rule, so a refusal here is only ever the same fields.
    if (!saved.ok) return notify(`Arrangementet ble ikke lagret. ${messageOf(saved)}`, 'error')
    notify(eventId ? 'Endringene er lagret.' : 'Arrangementet er opprettet.')
    navigate(`/arrangementer/${saved.data.id}`)
  }

  const title = eventId ? 'Rediger arrangement' : 'Nytt arrangement'
  return (
    <>
      <PageHeader title={title} />
      <form className="card form-grid" onSubmit={submit} noValidate aria-label={title}>
        <fieldset>
          <legend>Arrangementet</legend>
          <div className="field">
            <label htmlFor="event-kind">Type</label>
            <select id="event-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as EventKind })}>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EVENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <TextField label="Tittel" value={form.title} onChange={set('title')} error={errors.title} />
          <TextField label="Dato" value={form.date} onChange={set('date')} error={errors.date} hint="dd.mm.åååå" inputMode="numeric" />
          <TextField label="Starttid" value={form.startTime} onChange={set('startTime')} error={errors.startTime} hint="Eksempel: 09.00" />
          <TextField label="Sluttid" value={form.endTime} onChange={set('endTime')} error={errors.endTime} hint="Eksempel: 11.30" />
        </fieldset>
        <fieldset>
          <legend>Sted og plass</legend>
          <TextField label="Sted" value={form.place} onChange={set('place')} error={errors.place} />
          <TextField label="Rom" value={form.room} onChange={set('room')} error={errors.room} hint="Eksempel: Festsalen" />
          <TextField label="Kapasitet" value={form.capacity} onChange={set('capacity')} error={errors.capacity} hint="Antall plasser; tomt for ubegrenset." inputMode="numeric" />
        </fieldset>
        <div className="field events-notes">
          <label htmlFor="event-notes">Notater</label>
          <textarea id="event-notes" rows={3} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />
        </div>
        <div className="form-actions">
          <button type="button" onClick={() => navigate(eventId ? `/arrangementer/${eventId}` : '/arrangementer')}>
            Avbryt
          </button>
          <button type="submit" className="button-primary">
            Lagre
          </button>
        </div>
      </form>
    </>
  )
}
