import { notify } from '../../components/notices'
import { readAllTables } from '../../db/repositories/backup-repo'
import { buildCsv, type CsvKind } from '../../domain/backup/csv-export'
import { todayInOslo } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { readPublicMembers } from '../../db/repositories/public-list-repo'
import { publicMemberCsv } from '../../domain/organisation/public-list'
import { saveCsv } from '../../components/save-csv'

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

/** The website's member list: organisations only, so no person can reach the file. */
async function savePublicList() {
  await saveCsv(`nfk-medlemsliste-nettside-${todayInOslo()}.csv`, publicMemberCsv(await readPublicMembers()))
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
      <h3>Til nettsiden</h3>
      <p className="field-hint" id="public-list-hint">
        Virksomhetene som er medlem eller partner i dag: navn, medlem eller partner og året de signerte. Ingen personer eller kontaktopplysninger.
      </p>
      <div className="data-actions">
        <button
          type="button"
          aria-describedby="public-list-hint"
          onClick={() => void savePublicList()}
        >
          Medlemsliste til nettsiden (CSV)
        </button>
      </div>
    </div>
  )
}
