import type { Assessment, AssessmentStatus } from '../../../db/models'
import { ASSESSMENT_LABELS } from '../../../domain/organisation/labels'

type Props<K extends string> = {
  caption: string
  keys: K[]
  labels: Record<K, string>
  value: Record<K, Assessment>
  onChange: (next: Record<K, Assessment>) => void
  /** Values the app derives itself, shown beside the manual one (filled by later features). */
  derived?: Partial<Record<K, AssessmentStatus>>
}

/** Status and note for each criterion or expectation. */
export function AssessmentTable<K extends string>({ caption, keys, labels, value, onChange, derived }: Props<K>) {
  const set = (key: K, change: Partial<Assessment>) => onChange({ ...value, [key]: { ...value[key], ...change } })
  return (
    <table className="assessment-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Punkt</th>
          <th scope="col">Vurdering</th>
          {derived && <th scope="col">Avledet</th>}
          <th scope="col">Merknad</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <th scope="row">{labels[key]}</th>
            <td>
              <select
                aria-label={`${labels[key]}: vurdering`}
                value={value[key].status}
                onChange={(e) => set(key, { status: e.target.value as AssessmentStatus })}
              >
                {(Object.keys(ASSESSMENT_LABELS) as AssessmentStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {ASSESSMENT_LABELS[s]}
                  </option>
                ))}
              </select>
            </td>
            {derived && <td>{derived[key] ? ASSESSMENT_LABELS[derived[key]] : '–'}</td>}
            <td>
              <input
                aria-label={`${labels[key]}: merknad`}
                value={value[key].note}
                onChange={(e) => set(key, { note: e.target.value })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
