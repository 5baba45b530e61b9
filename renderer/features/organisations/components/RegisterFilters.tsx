import type { KeyboardEvent, RefObject } from 'react'
import { FilterSelect, labelledOptions } from '../../../components/FilterSelect'
import { PIPELINE_STATUSES, PIPELINE_STATUS_LABELS, TIERS, TIER_LABELS } from '../../../domain/organisation/labels'
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
      <FilterSelect id="filter-tier" label="Nivå" value={filter.tier} options={labelledOptions(TIERS, TIER_LABELS)} onChange={(tier) => onChange({ tier })} />
      <FilterSelect id="filter-status" label="Status" value={filter.status} options={labelledOptions(PIPELINE_STATUSES, PIPELINE_STATUS_LABELS)} onChange={(status) => onChange({ status })} />
      <FilterSelect id="filter-sector" label="Bransje" value={filter.sector} options={sectors.map((s) => ({ value: s, label: s }))} onChange={(sector) => onChange({ sector })} />
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
