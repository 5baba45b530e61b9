import { useMemo, useState } from 'react'
import type { Organisation } from '../../db/models'
import { checkInWalkIn } from '../../db/repositories/registrations-repo'
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import { useCheckIn } from './check-in-store'

type Props = { eventId: string; organisations: readonly Organisation[]; onDone: (text: string, registrationId: string) => void }

/**
 * A person not on the list, in a few keystrokes: the name (already typed in the search), Enter,
 * a fragment of the organisation, Enter. The highlighted organisation is used, or a new one.
 */
export function WalkInForm({ eventId, organisations, onDone }: Props) {
  const { walkIn, editWalkIn, closeWalkIn } = useCheckIn()
  const [error, setError] = useState<string | null>(null)
  const sorted = useMemo(() => [...organisations].sort((a, b) => compareNorwegian(a.name, b.name)), [organisations])
  if (!walkIn) return null
  const fragment = foldText(walkIn.orgQuery.trim())
  const found = fragment ? sorted.filter((o) => foldText(o.name).includes(fragment)).slice(0, 6) : []
  const exact = found.some((o) => foldText(o.name) === fragment)
  const options: ({ kind: 'existing'; org: Organisation } | { kind: 'new'; name: string })[] = [
    ...found.map((org) => ({ kind: 'existing' as const, org })),
    ...(walkIn.orgQuery.trim() && !exact ? [{ kind: 'new' as const, name: walkIn.orgQuery.trim() }] : []),
  ]
  const active = Math.min(walkIn.orgHighlight, Math.max(options.length - 1, 0))

  const submit = async () => {
    const name = walkIn.name.trim()
    const choice = options[active]
    if (!name) return setError('Skriv navnet på personen.')
    if (!choice) return setError('Skriv navnet på virksomheten, og velg den i listen.')
    setError(null)
    const registration = await checkInWalkIn(
      choice.kind === 'existing' ? { eventId, name, organisationId: choice.org.id } : { eventId, name, newOrganisationName: choice.name },
    )
    closeWalkIn()
    onDone(`${name} (${choice.kind === 'existing' ? choice.org.name : choice.name}) er lagt til og sjekket inn.`, registration.id)
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') closeWalkIn()
    if (e.key === 'ArrowDown' && options.length > 0) {
      e.preventDefault()
      editWalkIn({ orgHighlight: (active + 1) % options.length })
    }
    if (e.key === 'ArrowUp' && options.length > 0) {
      e.preventDefault()
      editWalkIn({ orgHighlight: (active - 1 + options.length) % options.length })
    }
  }

  return (
    <form
      className="checkin-walkin"
      aria-label="Ny deltaker uten påmelding"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2>Ny deltaker uten påmelding</h2>
      <div className="checkin-walkin-fields">
        <div className="field">
          <label htmlFor="walkin-name">Navn</label>
          {/* Focus starts here only when no name was typed in the search. */}
          <input id="walkin-name" autoFocus={!walkIn.name} value={walkIn.name} onChange={(e) => editWalkIn({ name: e.target.value })} onKeyDown={onKeyDown} />
        </div>
        <div className="field">
          <label htmlFor="walkin-org">Virksomhet</label>
          <input
            id="walkin-org"
            // Focus lands here: the name is usually typed already.
            autoFocus={walkIn.name !== ''}
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls="walkin-orgs"
            aria-activedescendant={options[active] ? `walkin-org-${active}` : undefined}
            aria-autocomplete="list"
            autoComplete="off"
            value={walkIn.orgQuery}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'walkin-error' : undefined}
            onChange={(e) => editWalkIn({ orgQuery: e.target.value, orgHighlight: 0 })}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <ul id="walkin-orgs" role="listbox" aria-label="Virksomheter" className="checkin-matches checkin-orgs">
        {options.map((o, i) => (
          <li
            key={o.kind === 'existing' ? o.org.id : 'new'}
            id={`walkin-org-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'checkin-match is-active' : 'checkin-match'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => editWalkIn({ orgHighlight: i })}
          >
            <span className="checkin-person">{o.kind === 'existing' ? o.org.name : `Ny virksomhet: «${o.name}»`}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p id="walkin-error" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={closeWalkIn}>
          Avbryt
        </button>
        <button type="submit" className="button-primary">
          Legg til og sjekk inn
        </button>
      </div>
    </form>
  )
}
