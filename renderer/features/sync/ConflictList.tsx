import { notify } from '../../components/notices'
import { decideConflict, type ConflictView } from '../../db/repositories/sync-conflicts-repo'
import { formatTimestamp } from '../../lib/dates'
import { runSync } from './run-sync'

async function decide(c: ConflictView, side: 0 | 1): Promise<void> {
  try {
    await decideConflict(c.id, side)
    notify(`Avgjort: ${c.field} for ${c.record} er ${c.sides[side]?.value}.`)
    void runSync()
  } catch (error) {
    notify(error instanceof Error ? error.message : 'Konflikten kunne ikke avgjøres.', 'error')
  }
}

/** Conflicts in words: the record, the field, both values, who changed each and when. Deciding is a change that travels. */
export function ConflictList({ conflicts }: { conflicts: ConflictView[] }) {
  const open = conflicts.filter((c) => !c.settledAt)
  const settled = conflicts.filter((c) => c.settledAt).slice(0, 20)
  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Konflikter</h2>
      {open.length === 0 && <p className="field-hint">Ingen konflikter å avgjøre.</p>}
      <ul className="conflict-list" aria-label="Konflikter å avgjøre">
        {open.map((c) => (
          <li key={c.id} className="conflict" aria-label={`${c.field} for ${c.record}`}>
            <p>
              <strong>{c.record}</strong>: feltet <strong>{c.field}</strong> ble endret på to maskiner samtidig.
            </p>
            <ul>
              {c.sides.map((s, i) => (
                <li key={s.at + s.who}>
                  {s.value} – endret av {s.who} {formatTimestamp(s.at)}
                  {s.current && <span className="field-hint"> (gjelder nå)</span>}{' '}
                  <button type="button" onClick={() => void decide(c, i as 0 | 1)} aria-label={`Behold ${s.value} for ${c.field}, ${c.record}`}>
                    Behold denne
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {settled.length > 0 && (
        <details>
          <summary>Avgjorte konflikter ({settled.length})</summary>
          <ul aria-label="Avgjorte konflikter">
            {settled.map((c) => (
              <li key={c.id}>
                {c.record}, {c.field}: avgjort {c.settledAt ? formatTimestamp(c.settledAt) : ''}
                {c.settledBy ? ` av ${c.settledBy}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
