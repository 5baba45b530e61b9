import type { MeetingEvent } from '../../db/models'
import { FilterSelect, labelledOptions } from '../../components/FilterSelect'
import { PIPELINE_STATUSES, PIPELINE_STATUS_LABELS, TIERS, TIER_LABELS } from '../../domain/organisation/labels'
import { titleWithoutDate } from '../../domain/event/dated-title'
import { formatDate } from '../../lib/dates'
import type { BatchFilter } from './batch-rows'

type Props = { filter: BatchFilter; lunches: MeetingEvent[]; onChange: (change: Partial<BatchFilter>) => void }

/** Narrows the batch list by signing lunch, pipeline status and tier. */
export function BatchFilters({ filter, lunches, onChange }: Props) {
  return (
    <div className="register-filters" role="group" aria-label="Filtrer virksomheter">
      <FilterSelect
        id="batch-filter-lunch"
        label="Vis lunsj"
        className="filter-wide"
        allLabel="Alle virksomheter"
        value={filter.lunchId}
        options={lunches.map((l) => ({ value: l.id, label: `${formatDate(l.date)} – ${titleWithoutDate(l.title, l.date)}` }))}
        onChange={(lunchId) => onChange({ lunchId })}
      />
      <FilterSelect id="batch-filter-status" label="Vis status" value={filter.status} options={labelledOptions(PIPELINE_STATUSES, PIPELINE_STATUS_LABELS)} onChange={(status) => onChange({ status })} />
      <FilterSelect id="batch-filter-tier" label="Vis nivå" value={filter.tier} options={labelledOptions(TIERS, TIER_LABELS)} onChange={(tier) => onChange({ tier })} />
    </div>
  )
}
