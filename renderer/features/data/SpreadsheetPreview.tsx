import type { Candidate } from '../../domain/backup/spreadsheet/candidates'
import { SHEET_FIELDS, type ColumnMapping } from '../../domain/backup/spreadsheet/mapping'
import type { SheetTable } from '../../domain/backup/spreadsheet/read-table'
import { formatDate } from '../../lib/dates'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { pipelineStatusText } from '../../domain/organisation/labels'

type Props = {
  name: string
  table: SheetTable
  mapping: ColumnMapping
  candidates: Candidate[]
  isTicked: (line: number) => boolean
  chosenCount: number
  onMapping: (mapping: ColumnMapping) => void
  onToggle: (line: number, on: boolean) => void
  onCancel: () => void
  onImport: () => void
}

export function SpreadsheetPreview({ name, table, mapping, candidates, isTicked, chosenCount, onMapping, onToggle, onCancel, onImport }: Props) {
  const missingName = mapping.name < 0
  return (
    <div className="import-preview">
      <p>
        Fil: <strong>{name}</strong> – {table.source}, {table.rows.length} rader.
      </p>
      <fieldset className="sheet-mapping">
        <legend>Kolonner</legend>
        {SHEET_FIELDS.map((field) => (
          <div className={`field${field.key === 'name' && missingName ? ' field-invalid' : ''}`} key={field.key}>
            <label htmlFor={`map-${field.key}`}>{field.label}</label>
            <select
              id={`map-${field.key}`}
              value={mapping[field.key]}
              aria-describedby={field.key === 'name' && missingName ? 'map-name-error' : undefined}
              onChange={(e) => onMapping({ ...mapping, [field.key]: Number(e.target.value) })}
            >
              <option value={-1}>Ikke i filen</option>
              {table.header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Kolonne ${i + 1}`}
                </option>
              ))}
            </select>
            {field.key === 'name' && missingName && (
              <p className="field-error" id="map-name-error">
                Velg kolonnen med virksomhetens navn.
              </p>
            )}
          </div>
        ))}
      </fieldset>
      <div className="sheet-scroller">
        <table aria-label="Rader fra regnearket">
          <thead>
            <tr>
              <th scope="col">Ta med</th>
              <th scope="col">Linje</th>
              <th scope="col">Navn</th>
              <th scope="col">Org.nr.</th>
              <th scope="col">Status</th>
              <th scope="col">Signert</th>
              <th scope="col">Kontaktperson</th>
              <th scope="col">Merknad</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.line} className={c.problems.length ? 'sheet-bad' : c.duplicates.length ? 'sheet-duplicate' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Ta med linje ${c.line}: ${c.name || 'uten navn'}`}
                    checked={isTicked(c.line)}
                    disabled={c.problems.length > 0}
                    onChange={(e) => onToggle(c.line, e.target.checked)}
                  />
                </td>
                <td>{c.line}</td>
                <td>{c.name}</td>
                <td className="nowrap">{formatOrgNumber(c.orgNumber)}</td>
                <td>{pipelineStatusText(c)}</td>
                <td>{formatDate(c.signedDate)}</td>
                <td>{c.person?.name ?? ''}</td>
                <td>{[...c.problems, ...c.duplicates].join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
        <button type="button" className="button-primary" disabled={chosenCount === 0 || missingName} onClick={onImport}>
          Importer {chosenCount} virksomheter
        </button>
      </div>
    </div>
  )
}
