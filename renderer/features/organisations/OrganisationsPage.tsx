import { lazy, Suspense, useDeferredValue, useEffect, useRef } from 'react'
import type { ActiveEntry } from '../../domain/organisation/register-entry'
import { Link, useNavigate } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { ensureDefaultSectors } from '../../db/repositories/sectors-repo'
import { RegisterFilters } from './components/RegisterFilters'
import { RegisterExport } from './components/RegisterExport'
import { RegisterTable } from './components/RegisterTable'
import { TrashLink } from './components/TrashLink'
import { useRegisterStore } from './store'
import { useRegister } from './useRegister'

const NONE: readonly ActiveEntry[] = []

/**
 * The duplicate check's panel loads once the page is up: its code (the merge it offers and the
 * organisation's repository, some ten files) is not what the register's first paint needs, and at
 * start it held the page back until the last of those files had come (issue 17).
 */
const DuplicatesPanel = lazy(() => import('./merge/DuplicatesPanel').then((m) => ({ default: m.DuplicatesPanel })))

export function OrganisationsPage() {
  const { filter, sort, selectedId, setFilter, resetFilter, toggleSort, select } = useRegisterStore()
  const data = useRegister(filter, sort)
  // The duplicate check runs in a render of its own just after the rows show (a deferred value), so
  // looking for pairs among 10,000 names never holds back the register's first paint.
  const organisations = useDeferredValue(data?.organisations ?? NONE, NONE)
  const navigate = useNavigate()
  const search = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void ensureDefaultSectors()
  }, [])

  // Shortcuts: Ctrl+N new, Ctrl+F or "/" search (not while typing elsewhere).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)
      const ctrl = event.ctrlKey || event.metaKey
      if (ctrl && event.key.toLowerCase() === 'n') {
        event.preventDefault()
        void navigate('/virksomheter/ny')
      } else if ((ctrl && event.key.toLowerCase() === 'f') || (event.key === '/' && !typing)) {
        event.preventDefault()
        search.current?.focus()
        search.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])

  const shown = data?.shown ?? []
  const selectedName = shown.find((r) => r.org.id === selectedId)?.org.name
  const onSearchKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const rows = data?.shownNow() ?? []
      const index = rows.findIndex((r) => r.org.id === selectedId)
      const next = event.key === 'ArrowDown' ? Math.min(rows.length - 1, index + 1) : Math.max(0, index - 1)
      if (rows[next]) select(rows[next].org.id)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const rows = data?.shownNow() ?? []
      const target = rows.find((r) => r.org.id === selectedId) ?? (rows.length === 1 ? rows[0] : undefined)
      if (target) void navigate(`/virksomheter/${target.org.id}`)
    }
  }

  return (
    <>
      <PageHeader
        title="Virksomheter"
        description="Medlemmer, partnere og søkere."
        actions={
          <>
            <Link className="button" to="/virksomheter/partneravgifter">
              Partneravgifter
            </Link>
            <TrashLink count={data?.trashed} />
            <Link className="button button-primary" to="/virksomheter/ny" aria-keyshortcuts="Control+N">
              Ny virksomhet
            </Link>
          </>
        }
      />
      {/* Asked for once the rows are in: asked for in the first render (before the rows), its code
          loaded and compiled while the rows were being prepared and shown (issue 17). */}
      {data && (
        <Suspense fallback={null}>
          <DuplicatesPanel organisations={organisations} />
        </Suspense>
      )}
      {data && data.all.length === 0 ? (
        <EmptyState title="Ingen virksomheter ennå">
          <p>Registrer den første virksomheten, eller hent inn registeret fra et regneark under Data.</p>
          <Link className="button button-primary" to="/virksomheter/ny">
            Ny virksomhet
          </Link>
        </EmptyState>
      ) : (
        <section className="card register" aria-label="Register">
          <RegisterFilters
            searchRef={search}
            filter={filter}
            sectors={data?.sectors ?? []}
            onChange={setFilter}
            onReset={resetFilter}
            onSearchKeyDown={onSearchKey}
          />
          <div className="register-bar" aria-busy={data?.criteriaPending ?? true}>
            <p className="register-count" role="status" aria-live="polite">
              {data ? `Viser ${shown.length} av ${data.all.length} virksomheter` : 'Henter virksomheter …'}
            </p>
            <RegisterExport rows={shown} />
          </div>
          <RegisterTable
            rows={shown}
            sort={sort}
            onSort={toggleSort}
            selectedId={selectedId}
            onSelect={select}
            empty={
              data && {
                title: 'Ingen treff',
                children: (
                  <>
                    <p>Ingen virksomheter passer søket og filtrene.</p>
                    <button type="button" onClick={resetFilter}>
                      Nullstill søk og filtre
                    </button>
                  </>
                ),
              }
            }
          />
          {/* Arrow keys move the selection; screen readers hear which organisation is selected. */}
          <p className="visually-hidden" aria-live="polite">
            {selectedName ? `Valgt: ${selectedName}. Trykk Enter for å åpne.` : ''}
          </p>
          <p className="shortcut-hint">
            Hurtigtaster: <kbd>Ctrl</kbd>+<kbd>N</kbd> ny virksomhet · <kbd>Ctrl</kbd>+<kbd>F</kbd> eller <kbd>/</kbd> søk ·{' '}
            <kbd>↑</kbd> <kbd>↓</kbd> velg rad · <kbd>Enter</kbd> åpner valgt virksomhet
          </p>
        </section>
      )}
    </>
  )
}
