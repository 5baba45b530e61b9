import { notify } from '../../components/notices'
import { readAllTables } from '../../db/repositories/backup-repo'
import { buildCsv, type CsvKind } from '../../domain/backup/csv-export'
import { todayInOslo } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'

const KINDS: { kind: CsvKind; label: string; file: string }[] = [
  { kind: 'organisations', label: 'Virksomheter', file: 'virksomheter' },
  { kind: 'people', label: 'Personer', file: 'personer' },
  { kind: 'attendance', label: 'Oppmøte', file: 'oppmote' },
  { kind: 'annualReports', label: 'Årsrapporter', file: 'arsrapporter' },
]

async function save(kind: CsvKind, file: string) {
  const bytes = buildCsv(kind, await readAllTables())
  const result = await desktop().saveFile({ suggestedName: `nfk-${file}-${todayInOslo()}.csv`, kind: 'csv', bytes })
  if (result.ok) notify(`Lagret ${result.data.name}.`)
  else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
}

export function CsvExports() {
  return (
    <div className="csv-exports">
      <h3>Til Excel (CSV)</h3>
      <div className="data-actions">
        {KINDS.map(({ kind, label, file }) => (
          <button key={kind} type="button" onClick={() => void save(kind, file)} aria-label={`Eksporter ${label.toLowerCase()} til Excel`}>
            {label}
          </button>
        ))}
      </div>
    </div>
  )
}
