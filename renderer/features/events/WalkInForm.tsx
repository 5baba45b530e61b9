import { useMemo, useState } from 'react'
import type { Organisation, Person, PersonRole } from '../../db/models'
import { checkInKnownPerson, checkInWalkIn } from '../../db/repositories/registrations-repo'
import { exactKnownPerson, knownPeopleMatching } from '../../domain/event/known-people'
import { ROLE_LABELS, rolesText } from '../../domain/organisation/labels'
import { compareNorwegian } from '../../lib/collation'
import { foldText } from '../../lib/text-fold'
import { useCheckIn } from './check-in-store'

type Props = {
  eventId: string
  organisations: readonly Organisation[]
  people: readonly Person[]
  onDone: (text: string, registrationId: string) => void
}

const ROLES = Object.keys(ROLE_LABELS) as PersonRole[]

/**
 * A person not on the list, in a few keystrokes: the name (already typed in the search), Enter,
 * a fragment of the organisation, Enter. The organisation's known people are searched first: the
 * one the name names exactly is checked in with their roles; a new person (with a role) is made
 * only when nobody matches or the user says so.
 */
export function WalkInForm({ eventId, organisations, people, onDone }: Props) {
  const { walkIn, editWalkIn, closeWalkIn } = useCheckIn()
  const [error, setError] = useState<string | null>(null)
  const [role, setRole] = useState<PersonRole>('annen')
  const [asNew, setAsNew] = useState(false)
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
  const chosen = options[active]
  const known = chosen?.kind === 'existing' ? knownPeopleMatching(people, chosen.org.id, walkIn.name) : []
  const sameName = asNew ? undefined : exactKnownPerson(known, walkIn.name)
  const makesNew = !sameName

  const admitKnown = async (person: Person, org: Organisation) => {
    setError(null)
    const outcome = await checkInKnownPerson(eventId, person.id)
    closeWalkIn()
    if (!outcome.ok) onDone(`${person.name} var allerede sjekket inn.`, '')
    else onDone(`${person.name} (${org.name}) er sjekket inn${person.roles.length > 0 ? ` som ${rolesText(person.roles).toLowerCase()}` : ''}.`, outcome.registration.id)
  }

  const submit = async () => {
    const name = walkIn.name.trim()
    if (!name) return setError('Skriv navnet på personen.')
    if (!chosen) return setError('Skriv navnet på virksomheten, og velg den i listen.')
    if (sameName && chosen.kind === 'existing') return admitKnown(sameName, chosen.org)
    setError(null)
    const registration = await checkInWalkIn(
      chosen.kind === 'existing' ? { eventId, name, role, organisationId: chosen.org.id } : { eventId, name, role, newOrganisationName: chosen.name },
    )
    closeWalkIn()
    onDone(`${name} (${chosen.kind === 'existing' ? chosen.org.name : chosen.name}) er lagt til og sjekket inn.`, registration.id)
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
      {chosen?.kind === 'existing' && known.length > 0 && (
        <div className="checkin-known">
          <h3 id="walkin-known-title">Kjente personer i {chosen.org.name}</h3>
          <ul aria-labelledby="walkin-known-title">
            {known.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => void admitKnown(p, chosen.org)}>
                  Sjekk inn {p.name}
                  {p.roles.length > 0 && ` (${rolesText(p.roles)})`}
                </button>
              </li>
            ))}
          </ul>
          <label>
            <input type="checkbox" checked={asNew} onChange={(e) => setAsNew(e.target.checked)} /> Dette er en annen person – legg til som ny
          </label>
        </div>
      )}
      {makesNew && (
        <div className="field checkin-role">
          <label htmlFor="walkin-role">Rolle</label>
          <select id="walkin-role" value={role} onChange={(e) => setRole(e.target.value as PersonRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      )}
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
          {sameName ? `Sjekk inn ${sameName.name}` : 'Legg til og sjekk inn'}
        </button>
      </div>
    </form>
  )
}
