import type { ForkSide, MergeFork } from '../../domain/backup/merge-forks-import'
import type { Conflict, ImportMode, Resolution, TableCounts } from '../../domain/backup/plan'
import type { PlanPreview } from './import-core'
import { formatTimestamp } from '../../lib/dates'
import { ImportNotices } from './ImportNotices'
import { tableLabel } from './table-labels'

type Props = {
  plan: PlanPreview
  sourceName: string
  upgradedFrom: number | null
  resolutions: ReadonlyMap<string, Resolution>
  /** A fork's choice is being planned: the counts shown are the previous choice's until it ends. */
  updating?: boolean
  onMode: (mode: ImportMode) => void
  onResolve: (key: string, resolution: Resolution) => void
}

const COLUMNS: { key: keyof TableCounts; label: string; modes: ImportMode[] }[] = [
  { key: 'added', label: 'Nye', modes: ['merge', 'replace'] },
  { key: 'changed', label: 'Endret', modes: ['merge', 'replace'] },
  { key: 'identical', label: 'Like', modes: ['merge', 'replace'] },
  { key: 'conflicts', label: 'Konflikter', modes: ['merge'] },
  { key: 'keptLocal', label: 'Nyere her', modes: ['merge'] },
  { key: 'removed', label: 'Fjernes', modes: ['replace'] },
]

const describe = (row: Record<string, unknown>): string =>
  String(row.name ?? row.title ?? row.summary ?? row.id) + (row.deletedAt ? ' (slettet)' : '')

/** One side of a conflict: each field that differs with this side's value ("Status: Påmeldt; Notat: «…»"). */
function sideInWords(c: Conflict, side: Resolution): string {
  if (!c.words) return describe(side === 'local' ? c.local : c.incoming)
  if (c.words.fields.length === 0) return 'samme innhold'
  return c.words.fields.map((f) => `${f.field}: ${f[side]}`).join('; ')
}

export function ImportPreview({ plan, sourceName, upgradedFrom, resolutions, updating = false, onMode, onResolve }: Props) {
  const columns = COLUMNS.filter((c) => c.modes.includes(plan.mode))
  // The sync log and the erasure ledger are bookkeeping, not data the user recognises; the ledger has its own line.
  const tables = Object.entries(plan.counts).filter(([t, c]) => t !== 'syncLog' && t !== 'erasures' && Object.values(c).some((n) => n > 0))
  return (
    <div className="import-preview">
      <p>
        Fil: <strong>{sourceName}</strong>, eksportert {formatTimestamp(plan.envelope.exportedAt)} fra programversjon{' '}
        {plan.envelope.appVersion}.
        {upgradedFrom !== null && ` Filen har et eldre format (${upgradedFrom}) og er oppgradert ved lesing.`}
      </p>
      <fieldset className="import-mode">
        <legend>Hvordan vil du importere?</legend>
        <label>
          <input type="radio" name="import-mode" checked={plan.mode === 'merge'} disabled={updating} onChange={() => onMode('merge')} />
          Slå sammen – det nyeste vinner, konflikter avgjør du selv
        </label>
        <label>
          <input type="radio" name="import-mode" checked={plan.mode === 'replace'} disabled={updating} onChange={() => onMode('replace')} />
          Erstatt alt – dataene på denne maskinen byttes ut med filens
        </label>
      </fieldset>
      <ImportNotices plan={plan} />
      <p className="field-hint" role="status">
        {updating ? 'Oppdaterer tallene etter valget ditt …' : ''}
      </p>
      <table aria-label="Forhåndsvisning per tabell" aria-busy={updating}>
        <thead>
          <tr>
            <th scope="col">Tabell</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tables.map(([table, counts]) => (
            <tr key={table}>
              <th scope="row">{tableLabel(table)}</th>
              {columns.map((c) => (
                <td key={c.key}>{counts[c.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.mode === 'merge' && plan.conflicts.length > 0 && (
        <ConflictList conflicts={plan.conflicts} resolutions={resolutions} onResolve={onResolve} />
      )}
    </div>
  )
}

const CLOCK_HINT = {
  'incoming-clock': 'Filens versjon er merket etter at filen ble eksportert: klokken på den andre maskinen ser ut til å gå feil.',
  'local-clock': 'Versjonen her er merket fram i tid: klokken på denne maskinen ser ut til å ha gått feil.',
} as const

/** One side of a fork in words: into which record, when, and by whom when the copy's history says. */
const forkSide = (side: ForkSide) => `slått sammen med «${side.survivor}» (${formatTimestamp(side.at)}${side.by ? ` av ${side.by}` : ''})`

function ConflictList({ conflicts, resolutions, onResolve }: { conflicts: Conflict[]; resolutions: ReadonlyMap<string, Resolution>; onResolve: Props['onResolve'] }) {
  return (
    <section aria-labelledby="conflicts-title" className="conflicts">
      <h3 id="conflicts-title">Konflikter ({conflicts.length})</h3>
      <p className="field-hint">
        Disse radene er endret både her og i filen siden dere sist delte en eksport, eller merket med et tidspunkt som ikke kan stemme. Velg
        hvilken versjon som skal gjelde.
      </p>
      <ul>
        {conflicts.map((c) => {
          if (c.fork) return <ForkConflict key={c.key} conflict={c} fork={c.fork} chosen={resolutions.get(c.key) ?? c.newer} onResolve={onResolve} />
          const chosen = resolutions.get(c.key) ?? c.newer
          const name = c.words?.record ?? `${tableLabel(c.table)}: ${describe(c.local)}`
          return (
            <li key={c.key}>
              <fieldset>
                <legend>{name}</legend>
                {(c.reason === 'incoming-clock' || c.reason === 'local-clock') && <p className="field-hint">{CLOCK_HINT[c.reason]}</p>}
                <label>
                  <input type="radio" name={c.key} checked={chosen === 'local'} onChange={() => onResolve(c.key, 'local')} />
                  Behold min: {sideInWords(c, 'local')} (endret {formatTimestamp(String(c.local.updatedAt))})
                </label>
                <label>
                  <input type="radio" name={c.key} checked={chosen === 'incoming'} onChange={() => onResolve(c.key, 'incoming')} />
                  Bruk filens: {sideInWords(c, 'incoming')} (endret {formatTimestamp(String(c.incoming.updatedAt))})
                </label>
              </fieldset>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/**
 * A record merged into two different records, one here and one in the file (sync lists the same as
 * a conflict). The later merge is proposed; choosing the other plans the import again with it at
 * once (ImportSection), so the counts above and everything that belonged to the record follow it.
 */
function ForkConflict({ conflict, fork, chosen, onResolve }: { conflict: Conflict; fork: MergeFork; chosen: Resolution; onResolve: Props['onResolve'] }) {
  const name = `«${String(conflict.local.name || conflict.incoming.name || '(uten navn)')}»`
  return (
    <li>
      <fieldset>
        <legend>
          {tableLabel(conflict.table)}: {name} er slått sammen med to ulike {fork.kind === 'people' ? 'personer' : 'virksomheter'}
        </legend>
        <p className="field-hint">
          Her er {name} slått sammen med «{fork.local.survivor}», i filen med «{fork.incoming.survivor}». Velg hvilken sammenslåing som skal
          gjelde; den siste er foreslått. Det som hørte til {name}, følger den du velger.
        </p>
        <label>
          <input type="radio" name={conflict.key} checked={chosen === 'local'} onChange={() => onResolve(conflict.key, 'local')} />
          Behold min: {forkSide(fork.local)}
        </label>
        <label>
          <input type="radio" name={conflict.key} checked={chosen === 'incoming'} onChange={() => onResolve(conflict.key, 'incoming')} />
          Bruk filens: {forkSide(fork.incoming)}
        </label>
      </fieldset>
    </li>
  )
}
