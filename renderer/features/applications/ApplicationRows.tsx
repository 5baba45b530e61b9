import type { PlannedRow } from '../../domain/application/plan'
import { TIER_LABELS } from '../../domain/organisation/labels'
import { formatDate } from '../../lib/dates'

type Props = {
  rows: PlannedRow[]
  skipped: ReadonlySet<number>
  takeDifferences: ReadonlySet<number>
  onSkip: (line: number, skip: boolean) => void
  onTake: (line: number, take: boolean) => void
}

function whatHappens(row: PlannedRow): string {
  switch (row.action) {
    case 'new':
      return 'Ny søker'
    case 'again':
      return `Søker igjen (samme virksomhet som rad ${row.firstLine}): ny søknad på samme virksomhet`
    case 'update':
      return `Finnes fra før (${row.existing.name}, samme ${row.by === 'orgNumber' ? 'organisasjonsnummer' : 'navn'}): ny søknad på den`
    case 'already-imported':
      return 'Importert før: hoppes over'
    case 'refused':
      return 'Kan ikke importeres'
  }
}

/** Every row of the file with what the import will do with it; nothing is overwritten unless ticked. */
export function ApplicationRows({ rows, skipped, takeDifferences, onSkip, onTake }: Props) {
  return (
    <div className="sheet-scroller">
      <table aria-label="Søknader i filen">
        <thead>
          <tr>
            <th scope="col">Ta med</th>
            <th scope="col">Rad</th>
            <th scope="col">Virksomhet</th>
            <th scope="col">Søkt</th>
            <th scope="col">Ønsker å bli</th>
            <th scope="col">Poststed</th>
            <th scope="col">Toppleder</th>
            <th scope="col">Klimakontakt</th>
            <th scope="col">Hva skjer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { draft } = row
            const importable = row.action === 'new' || row.action === 'again' || row.action === 'update'
            const differences = row.action === 'update' ? [...row.differences, ...row.people.flatMap((p) => p.differences.map((d) => ({ ...d, label: `${p.draft.name}: ${d.label}` })))] : []
            return (
              <tr key={draft.line} className={row.action === 'refused' ? 'sheet-bad' : row.action === 'update' || row.action === 'again' ? 'sheet-duplicate' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Ta med rad ${draft.line}: ${draft.name || 'uten navn'}`}
                    checked={importable && !skipped.has(draft.line)}
                    disabled={!importable}
                    onChange={(e) => onSkip(draft.line, !e.target.checked)}
                  />
                </td>
                <td>{draft.line}</td>
                <td>{draft.name}</td>
                <td className="nowrap">{formatDate(draft.date)}</td>
                <td>{TIER_LABELS[draft.tier]}</td>
                <td>{draft.postalPlace}</td>
                <td>{draft.leader?.name ?? '–'}</td>
                <td>{draft.contact?.name ?? '–'}</td>
                <td>
                  <p>{whatHappens(row)}</p>
                  {[...draft.problems, ...draft.warnings].map((m) => (
                    <p key={m} className="field-error">
                      {m}
                    </p>
                  ))}
                  {differences.length > 0 && (
                    <>
                      <ul className="differences">
                        {differences.map((d) => (
                          <li key={d.label}>
                            {d.label}: {d.current || '(tomt)'} → {d.incoming}
                          </li>
                        ))}
                      </ul>
                      <label>
                        <input type="checkbox" checked={takeDifferences.has(draft.line)} onChange={(e) => onTake(draft.line, e.target.checked)} /> Oppdater {draft.name} med verdiene fra søknaden
                      </label>
                    </>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
