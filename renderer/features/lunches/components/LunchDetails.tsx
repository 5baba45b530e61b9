import { useState } from 'react'
import { TextField } from '../../../components/TextField'
import { notify } from '../../../components/notices'
import { updateLunch, type Lunch } from '../../../db/repositories/lunches-repo'
import { formatDate } from '../../../lib/dates'
import { lunchFormErrors, normaliseClock, parseDateInput, wholeNumberError } from '../lunch-form'

type Form = {
  date: string
  startTime: string
  endTime: string
  place: string
  room: string
  commissionerName: string
  commissionerTitle: string
  maxOrganisations: string
  maxGuestsPerOrganisation: string
  welcomeMinutes: string
  signingMinutes: string
}

const toForm = (l: Lunch): Form => ({
  date: formatDate(l.date),
  startTime: l.startTime,
  endTime: l.endTime,
  place: l.place,
  room: l.room,
  commissionerName: l.lunch.commissionerName,
  commissionerTitle: l.lunch.commissionerTitle,
  maxOrganisations: String(l.lunch.maxOrganisations),
  maxGuestsPerOrganisation: String(l.lunch.maxGuestsPerOrganisation),
  welcomeMinutes: String(l.lunch.welcomeMinutes),
  signingMinutes: String(l.lunch.signingMinutes),
})

function validate(f: Form): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = { ...lunchFormErrors(f) }
  const put = (key: keyof Form, message: string | null) => {
    if (message) errors[key] = message
  }
  if (!f.commissionerName.trim()) errors.commissionerName = 'Byrådens navn må fylles ut.'
  put('maxOrganisations', wholeNumberError(f.maxOrganisations, 1, 30, 'Maks antall virksomheter'))
  put('maxGuestsPerOrganisation', wholeNumberError(f.maxGuestsPerOrganisation, 1, 10, 'Maks gjester per virksomhet'))
  put('welcomeMinutes', wholeNumberError(f.welcomeMinutes, 0, 120, 'Velkomst'))
  put('signingMinutes', wholeNumberError(f.signingMinutes, 0, 120, 'Signering'))
  return errors
}

/** Date, time, room, the commissioner and the limits of one lunch. */
export function LunchDetails({ lunch }: { lunch: Lunch }) {
  const [form, setForm] = useState<Form>(() => toForm(lunch))
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const field = (key: keyof Form, label: string, extra: { hint?: string; inputMode?: 'numeric' } = {}) => (
    <TextField label={label} value={form[key]} error={errors[key]} onChange={(value) => setForm({ ...form, [key]: value })} {...extra} />
  )
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    const found = validate(form)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      notify('Lunsjen ble ikke lagret. Rett feltene som er merket.', 'error')
      return
    }
    await updateLunch(lunch.id, {
      date: parseDateInput(form.date)!,
      startTime: normaliseClock(form.startTime),
      endTime: normaliseClock(form.endTime),
      place: form.place.trim(),
      room: form.room.trim(),
      lunch: {
        commissionerName: form.commissionerName.trim(),
        commissionerTitle: form.commissionerTitle.trim(),
        maxOrganisations: Number(form.maxOrganisations),
        maxGuestsPerOrganisation: Number(form.maxGuestsPerOrganisation),
        welcomeMinutes: Number(form.welcomeMinutes),
        signingMinutes: Number(form.signingMinutes),
      },
    })
    notify('Lunsjen er lagret.')
  }
  return (
    <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label="Om lunsjen">
      <h2>Om lunsjen</h2>
      <fieldset>
        <legend>Tid og sted</legend>
        {field('date', 'Dato', { hint: 'dd.mm.åååå' })}
        {field('startTime', 'Start', { hint: 'tt:mm' })}
        {field('endTime', 'Slutt', { hint: 'tt:mm' })}
        {field('place', 'Sted')}
        {field('room', 'Rom')}
      </fieldset>
      <fieldset>
        <legend>Byråden og rammer</legend>
        {field('commissionerName', 'Byrådens navn')}
        {field('commissionerTitle', 'Byrådens tittel')}
        {field('maxOrganisations', 'Maks antall virksomheter', { inputMode: 'numeric' })}
        {field('maxGuestsPerOrganisation', 'Maks gjester per virksomhet', { inputMode: 'numeric' })}
        {field('welcomeMinutes', 'Velkomst (minutter)', { inputMode: 'numeric' })}
        {field('signingMinutes', 'Signering (minutter)', { inputMode: 'numeric' })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          Lagre lunsjen
        </button>
      </div>
    </form>
  )
}
