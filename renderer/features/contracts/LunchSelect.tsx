import type { MeetingEvent } from '../../db/models'
import { titleWithoutDate } from '../../domain/event/dated-title'
import { formatDate } from '../../lib/dates'

type Props = { id: string; value: string; lunches: MeetingEvent[]; emptyLabel: string; onChange: (eventId: string) => void }

/** Picks the signing lunch a contract is made for; its date and commissioner then fill the form. */
export function LunchSelect({ id, value, lunches, emptyLabel, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>Signeringslunsj</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {lunches.map((l) => (
          <option key={l.id} value={l.id}>
            {/* The date is in front: a lunch titled with its date would say it twice. */}
            {formatDate(l.date)} – {titleWithoutDate(l.title, l.date)}
          </option>
        ))}
      </select>
    </div>
  )
}
