import { useLiveQuery } from 'dexie-react-hooks'
import { Fragment, useState } from 'react'
import { useSearchParams } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { loadCriteriaYear } from '../../db/repositories/criteria-repo'
import { compareNorwegian } from '../../lib/collation'
import { todayInOslo } from '../../lib/dates'
import { YearPicker } from '../reports/components/YearPicker'
import { useYearParam } from '../reports/year-param'
import { EvidencePanel } from './components/EvidencePanel'
import { KeyFiguresCard } from './components/KeyFiguresCard'
import { StatusBadge } from './components/StatusBadge'
import { saveCsv } from '../overview/save-csv'
import { criteriaCsvRows } from './criteria-export'
import { CRITERION_KEYS, CRITERION_LABELS, failedCriteria } from './evaluate'

export function CriteriaPage() {
  const today = todayInOslo()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useYearParam(thisYear)
  const [params] = useSearchParams()
  // The dashboard links here with `?kun=ikke-oppfylt`; after that the checkbox is plain page state.
  const [onlyFailing, setOnlyFailing] = useState(params.get('kun') === 'ikke-oppfylt')
  const [selected, setSelected] = useState<string | null>(null)
  const data = useLiveQuery(() => loadCriteriaYear(year, today), [year, today])

  const header = (
    <PageHeader
      title="Kriterier"
      description="Medlemskriteriene for hvert medlem i året, med begrunnelse."
      actions={
        <>
          <YearPicker year={year} onChange={setYear} current={thisYear} label="År" />
          {data && data.snapshot.rows.length > 0 && (
            <button type="button" onClick={() => void saveCsv(`nfk-kriterier-${year}.csv`, criteriaCsvRows(data.snapshot))}>
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
  const rows = (onlyFailing ? failing : snapshot.rows).toSorted((a, b) => compareNorwegian(a.organisation.name, b.organisation.name))

  return (
    <>
      {header}
      {snapshot.rows.length === 0 ? (
        <EmptyState title={`Ingen medlemmer i ${year}`}>
          <p>Ingen virksomheter var medlem i {year}, så det er ingen kriterier å vurdere.</p>
        </EmptyState>
      ) : (
        <>
          <section className="card report-summary" aria-label="Sammendrag">
            <p>
              <strong>{failing.length}</strong> av {snapshot.rows.length} medlemmer oppfyller ikke alle kriteriene i {year}.
            </p>
            <div className="field field-checkbox">
              <input id="only-failing" type="checkbox" checked={onlyFailing} onChange={(e) => setOnlyFailing(e.target.checked)} />
              <label htmlFor="only-failing">Vis bare medlemmer som ikke oppfyller alle</label>
            </div>
          </section>
          <div className="criteria-layout">
            {rows.length === 0 ? (
              <EmptyState title="Alle oppfyller kriteriene">
                <p>Ingen medlemmer har kriterier som ikke er oppfylt i {year}.</p>
              </EmptyState>
            ) : (
              <div className="card table-card">
                <table aria-label={`Kriterier ${year}`}>
                  <thead>
                    <tr>
                      <th scope="col">Virksomhet</th>
                      {CRITERION_KEYS.map((key) => (
                        <th key={key} scope="col">
                          {CRITERION_LABELS[key]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const open = row.organisation.id === selected
                      return (
                        <Fragment key={row.organisation.id}>
                          <tr className={open ? 'row-selected' : undefined}>
                            <th scope="row">
                              <button
                                type="button"
                                className="button-link"
                                aria-expanded={open}
                                onClick={() => setSelected(open ? null : row.organisation.id)}
                              >
                                {row.organisation.name}
                              </button>
                            </th>
                            {CRITERION_KEYS.map((key) => (
                              <td key={key}>
                                <StatusBadge status={row.evaluation[key].status} />
                              </td>
                            ))}
                          </tr>
                          {open && (
                            <tr className="row-selected">
                              <td colSpan={CRITERION_KEYS.length + 1}>
                                <EvidencePanel row={row} year={year} onClose={() => setSelected(null)} />
                              </td>
                            </tr>
                          )}
                        </Fragment>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </div>
          <KeyFiguresCard current={data.current} previous={data.previous} />
        </>
      )}
    </>
  )
}
