import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { Link, useNavigate } from 'react-router'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import { createLunch, listLunches, type Lunch } from '../../db/repositories/lunches-repo'
import { formatDate } from '../../lib/dates'
import { lunchFormErrors, normaliseClock, parseDateInput, type LunchFormErrors, type LunchFormValues } from './lunch-form'

const COLUMNS: Column<Lunch>[] = [
  { key: 'date', header: 'Dato', cell: (l) => <Link to={`/signeringslunsjer/${l.id}`}>Signeringslunsj {formatDate(l.date)}</Link> },
  { key: 'time', header: 'Tid', cell: (l) => `${l.startTime.replace(':', '.')}–${l.endTime.replace(':', '.')}` },
  { key: 'place', header: 'Sted', cell: (l) => [l.place, l.room].filter(Boolean).join(', ') },
  { key: 'organisations', header: 'Virksomheter', cell: (l) => `${l.invitedOrganisationIds.length} av ${l.lunch.maxOrganisations}` },
  {
    key: 'status',
    header: 'Status',
    cell: (l) => (l.lunch.signingRegisteredAt ? <span className="badge badge-green">Signering registrert</span> : <span className="badge">Planlegges</span>),
  },
]

export function LunchesPage() {
  const lunches = useLiveQuery(() => listLunches(), [])
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title="Signeringslunsjer"
        description="Planlegging av signeringslunsjer i Oslo rådhus: invitasjoner, gjester, bordplan og taleliste."
        actions={
          !creating && (
            <button type="button" className="button-primary" onClick={() => setCreating(true)}>
              Ny signeringslunsj
            </button>
          )
        }
      />
      {creating && <NewLunchForm onClose={() => setCreating(false)} />}
      {lunches && lunches.length === 0 && !creating && (
        <EmptyState title="Ingen signeringslunsjer ennå">
          <p>Opprett en signeringslunsj for å invitere godkjente søkere.</p>
        </EmptyState>
      )}
      {lunches && lunches.length > 0 && (
        <section className="card" aria-labelledby="lunch-list-heading">
          <h2 id="lunch-list-heading">Alle signeringslunsjer</h2>
          <DataTable caption="Alle signeringslunsjer" columns={COLUMNS} rows={lunches} rowKey={(l) => l.id} />
        </section>
      )}
    </>
  )
}

function NewLunchForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const [form, setForm] = useState<LunchFormValues>({ date: '', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: '' })
  const [errors, setErrors] = useState<LunchFormErrors>({})
  const field = (key: keyof LunchFormValues, label: string, hint?: string) => (
    <TextField label={label} value={form[key]} error={errors[key]} hint={hint} onChange={(value) => setForm({ ...form, [key]: value })} />
  )
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    const found = lunchFormErrors(form)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const lunch = await createLunch({ ...form, date: parseDateInput(form.date)!, startTime: normaliseClock(form.startTime), endTime: normaliseClock(form.endTime) })
    notify('Signeringslunsjen er opprettet.')
    void navigate(`/signeringslunsjer/${lunch.id}`)
  }
  return (
    <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label="Ny signeringslunsj">
      <fieldset>
        <legend>Ny signeringslunsj</legend>
        {field('date', 'Dato', 'dd.mm.åååå')}
        {field('startTime', 'Start', 'tt:mm')}
        {field('endTime', 'Slutt', 'tt:mm')}
        {field('place', 'Sted')}
        {field('room', 'Rom')}
      </fieldset>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Avbryt
        </button>
        <button type="submit" className="button-primary">
          Opprett
        </button>
      </div>
    </form>
  )
}
