import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { TextField } from '../../../components/TextField'
import { notify } from '../../../components/notices'
import type { DietRecord, Organisation, Person, PersonRole } from '../../../db/models'
import { dietsOfEvent } from '../../../db/repositories/diets-repo'
import { addGuest, reinvite, removeGuest, restoreGuest, setCheckedIn, uninviteOrganisation } from '../../../db/repositories/lunches-guests-repo'
import type { LunchView } from '../../../db/repositories/lunches-repo'
import { messageOf } from '../../../lib/result'
import { compareNorwegian } from '../../../lib/collation'
import { ROLE_LABELS } from '../../../domain/organisation/labels'
import { DietEditor } from './DietEditor'

/** A role in running text: the register's word, lower-case. */
const roleWord = (role: PersonRole): string => ROLE_LABELS[role].toLowerCase()
const ROLES: readonly PersonRole[] = ['toppleder', 'stedfortreder', 'klimakontakt', 'annen']

/** Who comes from each invited organisation (normally the top leader or deputy, and one more). */
export function GuestsSection({ view }: { view: LunchView }) {
  const total = view.guests.length
  const diets = useLiveQuery(() => dietsOfEvent(view.lunch.id), [view.lunch.id]) ?? new Map<string, DietRecord>()
  return (
    <section className="card" aria-labelledby="guests-heading">
      <h2 id="guests-heading">Gjester ({total})</h2>
      {view.organisations.length === 0 ? (
        <p className="muted">Inviter virksomheter først; deretter legger du inn hvem som kommer.</p>
      ) : (
        view.organisations.map((org) => <OrganisationGuests key={org.id} view={view} organisation={org} diets={diets} />)
      )}
    </section>
  )
}

async function onUninvite(lunchId: string, organisationId: string, name: string): Promise<void> {
  const undo = await uninviteOrganisation(lunchId, organisationId)
  if (!undo.ok) {
    notify(messageOf(undo), 'error')
    return
  }
  const again = async () => {
    const reinvited = await reinvite(undo.data)
    if (!reinvited.ok) notify(messageOf(reinvited), 'error')
  }
  notify(`${name} er tatt av lunsjen og er godkjent søker igjen.`, 'success', { label: 'Angre', run: () => void again() })
}

const roleRank = (p: Person): number => (p.roles.includes('toppleder') ? 0 : p.roles.includes('stedfortreder') ? 1 : 2)

async function onRemove(registrationId: string, personName: string): Promise<void> {
  await removeGuest(registrationId)
  notify(`${personName} er fjernet fra gjestelisten.`, 'success', { label: 'Angre', run: () => void restoreGuest(registrationId) })
}

function OrganisationGuests({ view, organisation, diets }: { view: LunchView; organisation: Organisation; diets: ReadonlyMap<string, DietRecord> }) {
  const guests = view.guests.filter((g) => g.registration.organisationId === organisation.id)
  // Normally the top leader or the deputy comes, and one more: offer them first.
  const people = view.people
    .filter((p) => p.organisationId === organisation.id && !guests.some((g) => g.registration.personId === p.id))
    .sort((a, b) => roleRank(a) - roleRank(b) || compareNorwegian(a.name, b.name))
  const [choice, setChoice] = useState('')
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [role, setRole] = useState<PersonRole>('toppleder')
  const [allowOverfill, setAllowOverfill] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [nameError, setNameError] = useState<string | null>(null)
  const max = view.lunch.lunch.maxGuestsPerOrganisation
  const selected = choice || people[0]?.id || 'new'
  const onAdd = async (e: React.FormEvent) => {
    e.preventDefault()
    if (selected === 'new' && !name.trim()) {
      setNameError('Skriv inn navnet på gjesten.')
      return
    }
    setNameError(null)
    const who = selected === 'new' ? { newPerson: { name, title, roles: [role] } } : { personId: selected }
    const added = await addGuest(view.lunch.id, organisation.id, who, allowOverfill)
    if (!added.ok) return setError(messageOf(added))
    setError(null)
    setName('')
    setTitle('')
    setChoice('')
  }
  return (
    <div className="org-guests">
      <div className="org-guests-head">
        <h3>
          {organisation.name}{' '}
          <span className={guests.length > max ? 'badge badge-red' : 'badge'}>
            {guests.length} av {max}
          </span>
        </h3>
        {!view.lunch.lunch.signingRegisteredAt && (
          <button type="button" className="button-link" onClick={() => void onUninvite(view.lunch.id, organisation.id, organisation.name)}>
            Ta {organisation.name} av lunsjen
          </button>
        )}
      </div>
      {guests.length > 0 && (
        <ul className="plain-list">
          {guests.map(({ registration, person }) => (
            <li key={registration.id} className="guest-row">
              <span>
                <strong>{person?.name ?? 'Ukjent'}</strong>
                {person?.title && <span className="muted">, {person.title}</span>}
                {registration.rolesAtTime.length > 0 && <span className="muted"> ({registration.rolesAtTime.map((r) => roleWord(r)).join(', ')})</span>}
              </span>
              <DietEditor registrationId={registration.id} personName={person?.name ?? 'gjesten'} diet={diets.get(registration.id)} />
              <label className="checkbox">
                <input type="checkbox" checked={registration.status === 'mott'} onChange={(e) => void setCheckedIn(registration.id, e.target.checked)} />
                Møtt<span className="visually-hidden"> – {person?.name}</span>
              </label>
              <button type="button" className="button-link" onClick={() => void onRemove(registration.id, person?.name ?? 'Gjesten')}>
                Fjern {person?.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {guests.length >= max && !allowOverfill ? (
        <label className="checkbox">
          <input type="checkbox" checked={allowOverfill} onChange={(e) => setAllowOverfill(e.target.checked)} />
          Tillat flere enn {max} gjester fra {organisation.name}
        </label>
      ) : (
      <form className="inline-form" onSubmit={onAdd} noValidate aria-label={`Legg til gjest fra ${organisation.name}`}>
        <div className="field">
          <label htmlFor={`guest-${organisation.id}`}>Gjest</label>
          <select id={`guest-${organisation.id}`} value={selected} onChange={(e) => setChoice(e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.title ? `, ${p.title}` : ''}
              </option>
            ))}
            <option value="new">Ny person …</option>
          </select>
        </div>
        {selected === 'new' && (
          <>
            <TextField label="Navn" value={name} onChange={setName} error={nameError} />
            <TextField label="Tittel" value={title} onChange={setTitle} />
            <div className="field">
              <label htmlFor={`role-${organisation.id}`}>Rolle</label>
              <select id={`role-${organisation.id}`} value={role} onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? 'annen')}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleWord(r)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={allowOverfill} onChange={(e) => setAllowOverfill(e.target.checked)} />
          Tillat flere enn {max} gjester
        </label>
        <button type="submit">Legg til gjest</button>
      </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
