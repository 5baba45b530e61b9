import { useLiveQuery } from 'dexie-react-hooks'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { loadOverview } from './load-overview'
import { BackupWarning } from '../data'
import { formatDate, todayInOslo } from '../../lib/dates'
import { overviewCsvRows } from './overview-export'
import { eventKindAfterTitle } from '../../domain/event/labels'
import { datedTitle, titleWithoutDate } from '../../domain/event/dated-title'
import { saveCsv } from '../../components/save-csv'
import { csvOfTable } from '../../lib/export/csv'

function Tile({ title, to, linkText, children }: { title: string; to: string; linkText: string; children: ReactNode }) {
  return (
    <section className="card tile" aria-label={title}>
      <h2>{title}</h2>
      <div className="tile-body">{children}</div>
      <Link to={to}>{linkText}</Link>
    </section>
  )
}

export function OverviewPage() {
  const today = todayInOslo()
  const o = useLiveQuery(() => loadOverview(today), [today])
  const header = (
    <PageHeader
      title="Oversikt"
      description="Nøkkeltall for nettverket i dag."
      actions={
        o && (
          <button type="button" onClick={() => void saveCsv(`nfk-oversikt-${today}.csv`, csvOfTable(overviewCsvRows(o, today)))}>
            Eksporter oversikten (CSV)
          </button>
        )
      }
    />
  )
  if (!o) return header
  return (
    <>
      {header}
      <BackupWarning linkToData />
      <div className="tiles">
        <Tile title="Medlemmer og partnere" to="/virksomheter" linkText="Se virksomhetene">
          {o.signed === 0 ? (
            <p>Ingen medlemmer eller partnere registrert ennå.</p>
          ) : (
            <p>
              <span className="big-number">{o.signed}</span> har signert: {o.members} {o.members === 1 ? 'medlem' : 'medlemmer'} og {o.partners}{' '}
              {o.partners === 1 ? 'partner' : 'partnere'}
            </p>
          )}
        </Tile>
        <Tile title="Søkere" to="/virksomheter" linkText="Se søkerne">
          <p>
            <span className="big-number">{o.applicants}</span> {o.applicants === 1 ? 'søker venter' : 'søkere venter'} på behandling
          </p>
          <p>{o.approvedWaiting} godkjent og venter på signering</p>
        </Tile>
        <Tile title="Neste signeringslunsj" to="/signeringslunsjer" linkText="Se signeringslunsjene">
          {o.nextLunch ? (
            <>
              <p>{datedTitle(o.nextLunch.title, o.nextLunch.date)}</p>
              <p>
                <span className="big-number">{o.nextLunch.free}</span> ledige plasser av {o.nextLunch.size} ({o.nextLunch.invited} invitert)
              </p>
            </>
          ) : (
            <p>Ingen signeringslunsj er planlagt.</p>
          )}
        </Tile>
        <Tile title={`Årsrapporter ${o.reports.year}`} to={`/arsrapporter?ar=${o.reports.year}`} linkText="Se årsrapportene">
          {o.reports.expected === 0 ? (
            <p>Ingen medlemmer eller partnere skal levere for {o.reports.year}.</p>
          ) : (
            <>
              <p>
                <span className="big-number">
                  {o.reports.received} av {o.reports.expected}
                </span>{' '}
                mottatt
              </p>
              <p>
                {o.reports.overdue > 0 ? (
                  <span className="badge badge-red">{o.reports.overdue} forfalt</span>
                ) : (
                  `Frist ${formatDate(o.reports.dueDate)}`
                )}
              </p>
            </>
          )}
        </Tile>
        <Tile title={`Kriterier ${o.criteria.year}`} to={`/kriterier?ar=${o.criteria.year}&kun=ikke-oppfylt`} linkText="Se hvem som ikke oppfyller">
          {o.criteria.members === 0 ? (
            <p>Ingen medlemmer eller partnere å vurdere.</p>
          ) : (
            <>
              <p>
                <span className="big-number">{o.criteria.failing}</span> av {o.criteria.members} medlemmer og partnere oppfyller ikke alle kriteriene
              </p>
              <p>
                <Link to={`/kriterier?ar=${o.criteria.year}&kun=ikke-oppfylt-i-fjor`}>
                  {o.criteria.failedLastYear} oppfylte ikke kriteriene i {o.criteria.lastYear}
                </Link>
              </p>
              <p>
                <Link to={`/kriterier?ar=${o.criteria.year}&kun=faresonen`}>
                  {o.criteria.atRisk} i faresonen i {o.criteria.year}
                </Link>
              </p>
            </>
          )}
        </Tile>
        <Tile title="Kommende arrangementer" to="/arrangementer" linkText="Se arrangementslisten">
          {o.upcoming.length === 0 ? (
            <p>Ingen arrangementer er planlagt.</p>
          ) : (
            <ul className="plain-list">
              {o.upcoming.map((e) => (
                <li key={e.id}>
                  {formatDate(e.date)} – {titleWithoutDate(e.title, e.date)}
                  {/* "Signeringslunsj (Signeringslunsj)" would say the kind twice. */}
                  {titleWithoutDate(e.title, e.date) !== eventKindAfterTitle(e.kind) && <span className="muted"> ({eventKindAfterTitle(e.kind)})</span>}
                </li>
              ))}
            </ul>
          )}
        </Tile>
      </div>
    </>
  )
}
