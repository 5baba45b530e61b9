import { useState } from 'react'
import { TextField } from '../../../components/TextField'
import { notify } from '../../../components/notices'
import type { Person, PersonRole } from '../../../db/models'
import { addPerson, emptyPersonInput, updatePerson, type PersonInput } from '../../../db/repositories/people-repo'
import { ROLE_KEYS, ROLE_LABELS } from '../../../domain/organisation/labels'
import { validatePerson, type FieldErrors } from '../../../domain/organisation/validation'
import { messageOf } from '../../../lib/result'

type Props = { organisationId: string; person: Person | null; onDone: () => void }

export function PersonForm({ organisationId, person, onDone }: Props) {
  const [form, setForm] = useState<PersonInput>(person ? { name: person.name, title: person.title, email: person.email, phone: person.phone, roles: person.roles } : emptyPersonInput())
  const [errors, setErrors] = useState<FieldErrors>({})
  const title = person ? `Rediger ${person.name}` : 'Ny person'

  const toggleRole = (role: PersonRole, on: boolean) =>
    setForm({ ...form, roles: on ? [...form.roles, role] : form.roles.filter((r) => r !== role) })

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const found = validatePerson(form)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      const saving = person ? await updatePerson(person.id, form) : await addPerson(organisationId, form)
      if (!saving.ok) {
        if (saving.fields) setErrors(saving.fields)
        else notify(`Personen ble ikke lagret: ${messageOf(saving)}`, 'error')
        return
      }
      notify(person ? `${saving.data.name} er oppdatert.` : `${saving.data.name} er lagt til.`)
      onDone()
    } catch (error) {
      notify(`Personen ble ikke lagret: ${(error as Error).message}`, 'error')
    }
  }

  return (
    <form className="person-form form-grid" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <fieldset>
        <legend className="visually-hidden">Opplysninger</legend>
        <TextField label="Navn" value={form.name} error={errors.name} onChange={(name) => setForm({ ...form, name })} autoFocus required />
        <TextField label="Tittel" value={form.title} error={errors.title} onChange={(t) => setForm({ ...form, title: t })} />
        <TextField label="E-post" type="email" value={form.email} error={errors.email} onChange={(email) => setForm({ ...form, email })} />
        <TextField label="Telefon" type="tel" value={form.phone} error={errors.phone} onChange={(phone) => setForm({ ...form, phone })} />
      </fieldset>
      <fieldset className={`roles${errors.roles ? ' field-invalid' : ''}`} aria-describedby={errors.roles ? 'roles-error' : undefined}>
        <legend>Roller</legend>
        {ROLE_KEYS.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={form.roles.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} />
            {ROLE_LABELS[role]}
          </label>
        ))}
        {errors.roles && (
          <p id="roles-error" className="field-error">
            {errors.roles}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          Avbryt
        </button>
        <button type="submit" className="button-primary">
          {person ? 'Lagre person' : 'Legg til'}
        </button>
      </div>
    </form>
  )
}
