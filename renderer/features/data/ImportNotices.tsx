import type { PlanPreview } from './import-core'
import { formatTimestamp } from '../../lib/dates'

/** Enough to see the pattern; the rest are counted. */
const SHOWN_PROBLEMS = 10

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What the history says in place of the erased (erasure-ledger `anonymisedEntry`). */
const said = (people: boolean, organisations: boolean) =>
  [people && '«slettet person»', organisations && '«slettet virksomhet»'].filter(Boolean).join(' eller ')

/** What the preview must say besides the numbers: refusals, erased records and clocks that look wrong. */
export function ImportNotices({ plan }: { plan: PlanPreview }) {
  const { people, organisations, withContent } = plan.erased
  const erased = [people && count(people, 'person', 'personer'), organisations && count(organisations, 'virksomhet', 'virksomheter')].filter(Boolean)
  const { incomingAhead, localAhead } = plan.clock
  const shown = plan.problems.slice(0, SHOWN_PROBLEMS)
  const more = plan.problemCount - shown.length
  return (
    <>
      {plan.problemCount > 0 && (
        <div className="data-problem import-refusals" role="alert">
          <p>
            Filen kan ikke importeres {plan.mode === 'replace' ? 'slik at den erstatter alt' : 'ved å slå sammen'}:{' '}
            {count(plan.problemCount, 'henvisning', 'henvisninger')} peker på noe som ikke finnes
            {plan.mode === 'replace' ? ' i filen' : ' i filen eller her'}. Ingenting er endret.
          </p>
          <ul>
            {shown.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
          {more > 0 && <p>… og {more} til.</p>}
        </div>
      )}
      {erased.length > 0 && (
        <p className="data-note">
          Filen inneholder {erased.join(' og ')} som er slettet for godt
          {withContent > 0 && ` (${withContent} av dem med opplysninger som fortsatt står i filen)`}. De forblir slettet: opplysningene
          leses ikke inn igjen, og endringsloggen sier {said(people > 0, organisations > 0)}.
        </p>
      )}
      {incomingAhead > 0 && (
        <p className="data-warning">
          Klokken på maskinen som laget filen ser ut til å gå feil: {count(incomingAhead, 'rad er', 'rader er')} merket med et tidspunkt mer
          enn et døgn etter at filen ble eksportert ({formatTimestamp(plan.envelope.exportedAt)}). Slike rader vinner aldri av seg selv: der
          de skiller seg fra dataene her, vises de som konflikter.
        </p>
      )}
      {localAhead > 0 && (
        <p className="data-warning">
          Klokken på denne maskinen ser ut til å ha gått feil: {count(localAhead, 'rad her er', 'rader her er')} merket med et tidspunkt
          mer enn et døgn fram i tid. De vises som konflikter i stedet for å vinne av seg selv.
        </p>
      )}
    </>
  )
}
