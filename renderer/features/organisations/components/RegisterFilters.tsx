import type { KeyboardEvent, RefObject } from 'react'
import type { PipelineStatus, Tier } from '../../../db/models'
import { PIPELINE_STATUSES, PIPELINE_STATUS_LABELS, TIER_LABELS } from '../../../domain/organisation/labels'
import type { RegisterFilter } from '../register-rows'

type Props = {
  searchRef: RefObject<HTMLInputElement | null>
  filter: RegisterFilter
  sectors: string[]
  onChange: (change: Partial<RegisterFilter>) => void
  onReset: () => void
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
}

export function RegisterFilters({ searchRef, filter, sectors, onChange, onReset, onSearchKeyDown }: Props) {
  const active = filter.query || filter.tier || filter.status || filter.sector || filter.criteriaNotMet || filter.failedLastYear || filter.atRisk
  return (
    <div className="register-filters" role="search" aria-label="Søk og filtre">
      <div className="field register-search">
        <label htmlFor="register-search">Søk</label>
        <input
          id="register-search"
          ref={searchRef}
          type="search"
          value={filter.query}
          placeholder="Navn, org.nr. eller person"
          aria-keyshortcuts="Control+F /"
          onChange={(e) => onChange({ query: e.target.value })}
          onKeyDown={onSearchKeyDown}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="filter-tier">Nivå</label>
        <select id="filter-tier" value={filter.tier} onChange={(e) => onChange({ tier: e.target.value as Tier | '' })}>
          <option value="">Alle</option>
          {(Object.keys(TIER_LABELS) as Tier[]).map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={filter.status} onChange={(e) => onChange({ status: e.target.value as PipelineStatus | '' })}>
          <option value="">Alle</option>
          {PIPELINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PIPELINE_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sector">Bransje</label>
        <select id="filter-sector" value={filter.sector} onChange={(e) => onChange({ sector: e.target.value })}>
          <option value="">Alle</option>
          {sectors.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox register-criteria">
        <input type="checkbox" checked={filter.criteriaNotMet} onChange={(e) => onChange({ criteriaNotMet: e.target.checked })} />
        Kriterier ikke oppfylt
      </label>
      <label className="checkbox register-criteria">
        <input type="checkbox" checked={filter.failedLastYear} onChange={(e) => onChange({ failedLastYear: e.target.checked })} />
        Oppfylte ikke i fjor
      </label>
      <label className="checkbox register-criteria">
        <input type="checkbox" checked={filter.atRisk} onChange={(e) => onChange({ atRisk: e.target.checked })} />
        I faresonen i år
      </label>
      {active && (
        <button type="button" className="button-link register-reset" onClick={onReset}>
          Nullstill
        </button>
      )}
    </div>
  )
}
