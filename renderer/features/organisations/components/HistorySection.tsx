import { useLiveQuery } from 'dexie-react-hooks'
import { recordHistory } from '../../../db/repositories/history-repo'
import { formatTimestamp } from '../../../lib/dates'

/**
 * The record's change history, newest first, from the audit log: also what other laptops wrote
 * about a duplicate merged into it before they learnt of the merge, marked as such.
 */
export function HistorySection({ organisationId }: { organisationId: string }) {
  const history = useLiveQuery(() => recordHistory('organisations', organisationId), [organisationId])
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
              {entry.duplicate && <span className="history-duplicate">{duplicateNote(entry.duplicate.name)}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Said of an entry kept under a merged-away record: the reader sees it was not written about this one. */
const duplicateNote = (name: string) =>
  name ? `Skrevet om duplikatet «${name}», som er slått sammen med denne.` : 'Skrevet om et duplikat som er slått sammen med denne.'

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
