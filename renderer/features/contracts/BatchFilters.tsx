import type { MeetingEvent, PipelineStatus, Tier } from '../../db/models'
import { PIPELINE_STATUSES, PIPELINE_STATUS_LABELS, TIERS, TIER_LABELS } from '../../domain/organisation/labels'
import { titleWithoutDate } from '../../domain/event/dated-title'
import { formatDate } from '../../lib/dates'
import type { BatchFilter } from './batch-rows'

type Props = { filter: BatchFilter; lunches: MeetingEvent[]; onChange: (change: Partial<BatchFilter>) => void }

/** Narrows the batch list by signing lunch, pipeline status and tier. */
export function BatchFilters({ filter, lunches, onChange }: Props) {
  return (
    <div className="register-filters" role="group" aria-label="Filtrer virksomheter">
      <div className="field">
        <label htmlFor="batch-filter-lunch">Vis lunsj</label>
        <select id="batch-filter-lunch" value={filter.lunchId} onChange={(e) => onChange({ lunchId: e.target.value })}>
          <option value="">Alle virksomheter</option>
          {lunches.map((l) => (
            <option key={l.id} value={l.id}>
              {formatDate(l.date)} – {titleWithoutDate(l.title, l.date)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="batch-filter-status">Vis status</label>
        <select id="batch-filter-status" value={filter.status} onChange={(e) => onChange({ status: e.target.value as PipelineStatus | '' })}>
          <option value="">Alle</option>
          {PIPELINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PIPELINE_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="batch-filter-tier">Vis nivå</label>
        <select id="batch-filter-tier" value={filter.tier} onChange={(e) => onChange({ tier: e.target.value as Tier | '' })}>
          <option value="">Alle</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
