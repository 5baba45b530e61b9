import { FORM_FIELDS, sampleValues, sharedColumns, type FormMapping } from '../../domain/application/form-fields'
import type { SheetTable } from '../../domain/backup/spreadsheet/read-table'

type Props = { table: SheetTable; mapping: FormMapping; onChange: (mapping: FormMapping) => void }

const labelOf = (key: string) => FORM_FIELDS.find((f) => f.key === key)?.label ?? key

/** Which column holds which field, each with two sample values from the file so the user can check it. */
export function MappingFields({ table, mapping, onChange }: Props) {
  const shared = sharedColumns(mapping)
  return (
    <fieldset className="sheet-mapping application-mapping">
      <legend>Kolonner i søknadsskjemaet</legend>
      {shared.length > 0 && (
        <p className="field-error" role="alert">
          {shared.map((fields) => `${fields.map(labelOf).join(' og ')} bruker samme kolonne.`).join(' ')}
        </p>
      )}
      {FORM_FIELDS.map((field) => {
        const samples = sampleValues(table.rows, mapping[field.key])
        return (
          <div className="field" key={field.key}>
            <label htmlFor={`form-map-${field.key}`}>{field.label}</label>
            <select id={`form-map-${field.key}`} value={mapping[field.key]} aria-describedby={`form-map-${field.key}-samples`} onChange={(e) => onChange({ ...mapping, [field.key]: Number(e.target.value) })}>
              <option value={-1}>Ikke i filen</option>
              {table.header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Kolonne ${i + 1}`}
                </option>
              ))}
            </select>
            <span className="muted sample-values" id={`form-map-${field.key}-samples`}>
              {samples.length ? `Eksempler: ${samples.join(' · ')}` : 'Ingen verdier'}
            </span>
          </div>
        )
      })}
    </fieldset>
  )
}
