import { useMemo, useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import type { PersonRole, RegistrationStatus } from '../../db/models'
import { registerNewPerson, registerPerson, type RegisterOutcome } from '../../db/repositories/registrations-repo'
import { compareNorwegian } from '../../lib/collation'
import { emailError, requiredError } from '../../lib/validation'
import { ROLE_KEYS, ROLE_LABELS } from '../../domain/organisation/labels'
import type { EventData } from './use-event-data'
import { REGISTRATION_STATUS_LABELS } from '../../domain/event/labels'

const NEW = '__new__'
type Errors = Partial<Record<'organisation' | 'person' | 'name' | 'email', string>>

/** Register someone from an organisation's people, or a new person added on the spot. */
export function AddRegistration({ data }: { data: EventData }) {
  const { event, organisations, people } = data
  const [orgId, setOrgId] = useState('')
  const [personId, setPersonId] = useState('')
  const [status, setStatus] = useState<RegistrationStatus>('pameldt')
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<PersonRole | ''>('')
  const [errors, setErrors] = useState<Errors>({})
  const [full, setFull] = useState<{ capacity: number; taken: number } | null>(null)
  const invited = new Set(event.invitedOrganisationIds ?? [])
  const orgs = useMemo(
    () => [...organisations].sort((a, b) => Number(invited.has(b.id)) - Number(invited.has(a.id)) || compareNorwegian(a.name, b.name)),
    // oxlint-disable-next-line react/exhaustive-deps -- invited is derived from event
    [organisations, event.invitedOrganisationIds],
  )
  const orgPeople = people.filter((p) => p.organisationId === orgId).sort((a, b) => compareNorwegian(a.name, b.name))

  const submit = async (override = false) => {
    const found: Errors = {}
    if (!orgId) found.organisation = 'Velg en virksomhet.'
    if (!personId) found.person = 'Velg en person, eller «Ny person».'
    if (personId === NEW) {
      const n = requiredError(name, 'Navn')
      const e = emailError(email)
      if (n) found.name = n
      if (e) found.email = e
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const options = { status, overrideCapacity: override }
    const outcome: RegisterOutcome =
      personId === NEW
        ? await registerNewPerson(event.id, { organisationId: orgId, name, email, title: '', roles: role ? [role] : [] }, options)
        : await registerPerson(event.id, personId, options)
    if (outcome.ok) {
      setFull(null)
      setPersonId('')
      setName('')
      setEmail('')
      setRole('')
      notify('Personen er registrert.')
    } else if (outcome.reason === 'capacity') setFull({ capacity: outcome.capacity, taken: outcome.taken })
    else setErrors({ person: 'Personen er allerede registrert på dette arrangementet.' })
  }

  return (
    <form
      className="events-add"
      aria-label="Registrer person"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h3>Registrer person</h3>
      <div className="events-add-grid">
        <div className={`field${errors.organisation ? ' field-invalid' : ''}`}>
          <label htmlFor="reg-org">Virksomhet</label>
          <select id="reg-org" value={orgId} aria-describedby={errors.organisation ? 'reg-org-error' : undefined} onChange={(e) => { setOrgId(e.target.value); setPersonId('') }}>
            <option value="">Velg virksomhet …</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {invited.has(o.id) ? ' (invitert)' : ''}
              </option>
            ))}
          </select>
          {errors.organisation && <p id="reg-org-error" className="field-error">{errors.organisation}</p>}
        </div>
        <div className={`field${errors.person ? ' field-invalid' : ''}`}>
          <label htmlFor="reg-person">Person</label>
          <select id="reg-person" value={personId} disabled={!orgId} aria-describedby={errors.person ? 'reg-person-error' : undefined} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">Velg person …</option>
            {orgPeople.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NEW}>Ny person …</option>
          </select>
          {errors.person && <p id="reg-person-error" className="field-error">{errors.person}</p>}
        </div>
        <div className="field">
          <label htmlFor="reg-status">Status</label>
          <select id="reg-status" value={status} onChange={(e) => setStatus(e.target.value as RegistrationStatus)}>
            {(['invitert', 'pameldt', 'mott'] as const).map((s) => (
              <option key={s} value={s}>
                {REGISTRATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {personId === NEW && (
          <>
            <TextField label="Navn på ny person" value={name} onChange={setName} error={errors.name} />
            <TextField label="E-post" type="email" value={email} onChange={setEmail} error={errors.email} />
            <div className="field">
              <label htmlFor="reg-role">Rolle i virksomheten</label>
              <select id="reg-role" value={role} onChange={(e) => setRole(e.target.value as PersonRole | '')}>
                <option value="">Ingen valgt</option>
                {ROLE_KEYS.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </div>
      <div className="form-actions events-left">
        <button type="submit" className="button-primary">
          Registrer
        </button>
      </div>
      {full !== null && (
        <ConfirmDialog
          open={full !== null}
          title="Arrangementet er fullt"
          message={`Arrangementet har plass til ${full?.capacity ?? 0}, og ${full?.taken ?? 0} er allerede påmeldt. Vil du registrere personen likevel?`}
          confirmLabel="Registrer likevel"
          onConfirm={() => void submit(true)}
          onCancel={() => setFull(null)}
        />
      )}
    </form>
  )
}
