import { formatShare, shareChange, type KeyFigures } from '../key-figures'

export function KeyFiguresCard({ current, previous }: { current: KeyFigures; previous: KeyFigures }) {
  return (
    <section className="card" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">Nøkkeltall {current.year}</h2>
      <p className="field-hint">
        Andel av {current.members} medlemmer i {current.year}, fra {current.reported} mottatte årsrapporter. Sammenlignet med {previous.year} (
        {previous.members} medlemmer, {previous.reported} rapporter).
      </p>
      <table aria-label={`Nøkkeltall ${current.year} mot ${previous.year}`}>
        <thead>
          <tr>
            <th scope="col">Forventning</th>
            <th scope="col">{current.year}</th>
            <th scope="col">{previous.year}</th>
            <th scope="col">Endring</th>
          </tr>
        </thead>
        <tbody>
          {current.figures.map((figure, i) => {
            const before = previous.figures[i]
            return (
              <tr key={figure.key}>
                <th scope="row">{figure.label}</th>
                <td>
                  {formatShare(figure.share)} <span className="muted">({figure.count})</span>
                </td>
                <td>
                  {formatShare(before?.share ?? null)} <span className="muted">({before?.count ?? 0})</span>
                </td>
                <td>{shareChange(figure.share, before?.share ?? null) ?? '–'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
