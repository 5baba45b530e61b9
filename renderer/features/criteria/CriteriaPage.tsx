import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { loadCriteriaYear, loadStandings } from '../../db/repositories/criteria-repo'
import { todayInOslo } from '../../lib/dates'
import { YearPicker } from '../../components/YearPicker'
import { useYearParam } from '../../components/year-param'
import { EvidencePanel } from './components/EvidencePanel'
import { KeyFiguresCard } from './components/KeyFiguresCard'
import { CriterionStatusBadge } from './components/CriterionStatusBadge'
import { saveCsv } from '../../components/save-csv'
import { csvOfTable } from '../../lib/export/csv'
import type { MemberYear } from '../../domain/criteria/build-year'
import { criteriaCsvRows } from './criteria-export'
import { failedCriteria } from '../../domain/criteria/evaluate'
import { CRITERION_KEYS, CRITERION_LABELS } from '../../domain/criteria/labels'
import { atRiskThisYear, failedLastYear, type CriteriaStanding } from '../../domain/criteria/standing'
import { StandingFilters, standingColumn } from './components/StandingColumn'

export function CriteriaPage() {
  const today = todayInOslo()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useYearParam(thisYear)
  const [params] = useSearchParams()
  // The dashboard links here with `?kun=ikke-oppfylt`; after that the checkbox is plain page state.
  const [onlyFailing, setOnlyFailing] = useState(params.get('kun') === 'ikke-oppfylt')
  const [onlyFailedLastYear, setOnlyFailedLastYear] = useState(params.get('kun') === 'ikke-oppfylt-i-fjor')
  const [onlyAtRisk, setOnlyAtRisk] = useState(params.get('kun') === 'faresonen')
  const [selected, setSelected] = useState<string | null>(null)
  const data = useLiveQuery(() => loadCriteriaYear(year, today), [year, today])
  // Last year's verdict and this year's risks are told for the running year only.
  const standings = useLiveQuery(() => (year === thisYear ? loadStandings(today) : Promise.resolve(null)), [year, thisYear, today])

  const header = (
    <PageHeader
      title="Kriterier"
      description="Medlemskriteriene for hvert medlem og hver partner i året, med begrunnelse."
      actions={
        <>
          <YearPicker year={year} onChange={setYear} current={thisYear} label="År" />
          {data && data.snapshot.rows.length > 0 && (
            <button type="button" onClick={() => void saveCsv(`nfk-kriterier-${year}.csv`, csvOfTable(criteriaCsvRows(data.snapshot)))}>
              Eksporter kriteriene (CSV)
            </button>
          )}
        </>
      }
    />
  )
  if (!data) return header
  const { snapshot } = data
  const failing = snapshot.rows.filter((r) => failedCriteria(r.evaluation).length > 0)
  const standingOf = (row: MemberYear): CriteriaStanding | undefined => standings?.get(row.organisation.id)
  const failedBefore = (row: MemberYear) => {
    const s = standingOf(row)
    return s ? failedLastYear(s) : false
  }
  const atRisk = (row: MemberYear) => {
    const s = standingOf(row)
    return s ? atRiskThisYear(s) : false
  }
  const rows = snapshot.rows.filter(
    (r) => (!onlyFailing || failing.includes(r)) && (!standings || ((!onlyFailedLastYear || failedBefore(r)) && (!onlyAtRisk || atRisk(r)))),
  )

  return (
    <>
      {header}
      {snapshot.rows.length === 0 ? (
        <EmptyState title={`Ingen medlemmer eller partnere i ${year}`}>
          <p>Ingen virksomheter var medlem eller partner i {year}, så det er ingen kriterier å vurdere.</p>
        </EmptyState>
      ) : (
        <>
          <section className="card report-summary" aria-label="Sammendrag">
            <p>
              <strong>{failing.length}</strong> av {snapshot.rows.length} medlemmer og partnere oppfyller ikke alle kriteriene i {year}.
            </p>
            <div className="field field-checkbox">
              <input id="only-failing" type="checkbox" checked={onlyFailing} onChange={(e) => setOnlyFailing(e.target.checked)} />
              <label htmlFor="only-failing">Vis bare virksomheter som ikke oppfyller alle</label>
            </div>
            {standings && (
              <StandingFilters
                year={year}
                failedLastYear={snapshot.rows.filter(failedBefore).length}
                atRisk={snapshot.rows.filter(atRisk).length}
                onlyFailedLastYear={onlyFailedLastYear}
                onlyAtRisk={onlyAtRisk}
                onChange={(change) => {
                  if (change.onlyFailedLastYear !== undefined) setOnlyFailedLastYear(change.onlyFailedLastYear)
                  if (change.onlyAtRisk !== undefined) setOnlyAtRisk(change.onlyAtRisk)
                }}
              />
            )}
          </section>
          <div className="criteria-layout">
            <DataTable
              caption={`Kriterier ${year}`}
              card
              columns={[...criteriaColumns(selected, setSelected), ...(standings ? [standingColumn(standingOf)] : [])]}
              rows={rows}
              rowKey={(row) => row.organisation.id}
              sort={{ key: 'name', direction: 'asc' }}
              rowClassName={(row) => (row.organisation.id === selected ? 'row-selected' : undefined)}
              renderDetail={(row) =>
                row.organisation.id === selected ? <EvidencePanel row={row} year={year} standing={standingOf(row)} onClose={() => setSelected(null)} /> : null
              }
              empty={
                onlyFailedLastYear || onlyAtRisk
                  ? { title: 'Ingen virksomheter å følge opp', children: <p>Ingen virksomheter passer filtrene.</p> }
                  : { title: 'Alle oppfyller kriteriene', children: <p>Ingen virksomheter har kriterier som ikke er oppfylt i {year}.</p> }
              }
            />
          </div>
          <KeyFiguresCard current={data.current} previous={data.previous} />
        </>
      )}
    </>
  )
}

/** The member's name opens its evidence under the row; one member is open at a time. */
function criteriaColumns(selected: string | null, setSelected: (id: string | null) => void): Column<MemberYear>[] {
  return [
    {
      key: 'name',
      header: 'Virksomhet',
      rowHeader: true,
      sortValue: (row) => row.organisation.name,
      cell: (row) => {
        const open = row.organisation.id === selected
        return (
          <button type="button" className="button-link" aria-expanded={open} onClick={() => setSelected(open ? null : row.organisation.id)}>
            {row.organisation.name}
          </button>
        )
      },
    },
    ...CRITERION_KEYS.map((key) => ({
      key,
      header: CRITERION_LABELS[key],
      cell: (row: MemberYear) => <CriterionStatusBadge status={row.evaluation[key].status} />,
    })),
  ]
}
