import { useLiveQuery } from 'dexie-react-hooks'
import { historyOf } from '../../../db/repositories/base'
import { formatTimestamp } from '../../../lib/dates'

/** The record's change history, newest first, from the audit log. */
export function HistorySection({ organisationId }: { organisationId: string }) {
  const history = useLiveQuery(() => historyOf('organisations', organisationId), [organisationId])
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Endringslogg</h2>
      {history && history.length === 0 && <p>Ingen endringer registrert.</p>}
      <ol className="history">
        {history?.map((entry) => (
          <li key={entry.id}>
            <span className="history-when">{formatTimestamp(entry.at)}</span>
            <span className="history-who">{entry.userName || 'Ukjent bruker'}</span>
            <span className="history-what">
              {entry.summary}
              {Object.keys(entry.changes).filter((k) => k !== 'statusEvent').length > 0 && (
                <span className="history-fields"> ({Object.keys(entry.changes).filter((k) => k !== 'statusEvent').map(fieldLabel).join(', ')})</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

const FIELD_LABELS: Record<string, string> = {
  name: 'navn',
  orgNumber: 'org.nr.',
  sector: 'bransje',
  address: 'adresse',
  website: 'nettsted',
  employeeBand: 'ansatte',
  tier: 'nivå',
  tierHistory: 'nivåhistorikk',
  partnerFee: 'partnerkontingent',
  criteria: 'kriterier',
  expectations: 'forventninger',
  certification: 'sertifisering',
  notes: 'notater',
  title: 'tittel',
  email: 'e-post',
  phone: 'telefon',
  roles: 'roller',
  status: 'status',
  signedDate: 'signert',
  mergedFrom: 'sammenslåing',
  mergedInto: 'sammenslåing',
}
const fieldLabel = (key: string) => FIELD_LABELS[key] ?? key
