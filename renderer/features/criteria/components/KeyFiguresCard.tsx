import { DataTable, type Column } from '../../../components/DataTable'
import { formatShare, shareChange, type KeyFigure, type KeyFigures } from '../../../domain/criteria/key-figures'

/** One expectation's figure this year beside the same figure the year before. */
type FigureRow = { figure: KeyFigure; before: KeyFigure | undefined }

const share = (figure: KeyFigure | undefined) => (
  <>
    {formatShare(figure?.share ?? null)} <span className="muted">({figure?.count ?? 0})</span>
  </>
)

function figureColumns(current: KeyFigures, previous: KeyFigures): Column<FigureRow>[] {
  return [
    { key: 'label', header: 'Forventning', rowHeader: true, cell: (r) => r.figure.label },
    { key: 'current', header: String(current.year), cell: (r) => share(r.figure) },
    { key: 'previous', header: String(previous.year), cell: (r) => share(r.before) },
    { key: 'change', header: 'Endring', cell: (r) => shareChange(r.figure.share, r.before?.share ?? null) ?? '–' },
  ]
}

export function KeyFiguresCard({ current, previous }: { current: KeyFigures; previous: KeyFigures }) {
  // Both years list the same expectations in the same order.
  const rows = current.figures.map((figure, i): FigureRow => ({ figure, before: previous.figures[i] }))
  return (
    <section className="card" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">Nøkkeltall {current.year}</h2>
      <p className="field-hint">
        Andel av {current.members} medlemmer og partnere i {current.year}, fra {current.reported} mottatte årsrapporter. Sammenlignet med {previous.year} (
        {previous.members} medlemmer og partnere, {previous.reported} rapporter).
      </p>
      <DataTable caption={`Nøkkeltall ${current.year} mot ${previous.year}`} columns={figureColumns(current, previous)} rows={rows} rowKey={(r) => r.figure.key} />
    </section>
  )
}
