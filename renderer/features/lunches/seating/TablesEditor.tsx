import { useState } from 'react'
import { TextField } from '../../../components/TextField'
import type { LunchTable, SeatingPlanData } from '../../../db/models'
import { newId } from '../../../db/repositories/base'
import { addTable, removeTable, resizeTable } from './plan-ops'
import type { PlanOperation } from './use-seating'

type Props = { plan: SeatingPlanData; commit: (operation: PlanOperation) => Promise<boolean> }

const MIN_SEATS = 2
const MAX_SEATS = 20

function seatsError(value: string): string | null {
  const n = Number(value)
  return /^\d+$/.test(value.trim()) && n >= MIN_SEATS && n <= MAX_SEATS ? null : `Antall plasser må være et helt tall fra ${MIN_SEATS} til ${MAX_SEATS}.`
}

/** Add, resize and remove tables; every change can be undone. */
export function TablesEditor({ plan, commit }: Props) {
  const [name, setName] = useState('')
  const [shape, setShape] = useState<LunchTable['shape']>('round')
  const [seats, setSeats] = useState('8')
  const [errors, setErrors] = useState<{ name?: string; seats?: string }>({})

  const onAdd = async (e: React.FormEvent) => {
    e.preventDefault()
    const finalName = name.trim() || `Bord ${plan.tables.length + 1}`
    const found: typeof errors = {}
    const se = seatsError(seats)
    if (se) found.seats = se
    if (plan.tables.some((t) => t.name.toLocaleLowerCase('nb') === finalName.toLocaleLowerCase('nb'))) found.name = `Det finnes allerede et bord som heter «${finalName}».`
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const added = await commit((p) => {
      const fresh = name.trim() || `Bord ${p.tables.length + 1}`
      if (p.tables.some((t) => t.name.toLocaleLowerCase('nb') === fresh.toLocaleLowerCase('nb'))) return { ok: false, message: `Det finnes allerede et bord som heter «${fresh}».` }
      return addTable(p, { name: fresh, shape, seats: Number(seats) }, newId())
    })
    if (added) setName('')
  }

  return (
    <div className="tables-editor">
      <form className="inline-form" onSubmit={onAdd} noValidate aria-label="Legg til bord">
        <TextField label="Bordnavn" value={name} onChange={setName} error={errors.name} placeholder={`Bord ${plan.tables.length + 1}`} />
        <div className="field">
          <label htmlFor="table-shape">Form</label>
          <select id="table-shape" value={shape} onChange={(e) => setShape(e.target.value === 'rect' ? 'rect' : 'round')}>
            <option value="round">Rundt</option>
            <option value="rect">Rektangulært</option>
          </select>
        </div>
        <TextField label="Antall plasser" value={seats} onChange={setSeats} error={errors.seats} inputMode="numeric" />
        <button type="submit" className="button-primary">
          Legg til bord
        </button>
      </form>
      {plan.tables.length > 0 && (
        <table className="compact-table">
          <caption className="visually-hidden">Bord</caption>
          <thead>
            <tr>
              <th scope="col">Bord</th>
              <th scope="col">Form</th>
              <th scope="col">Plasser</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.tables.map((t, i) => (
              <tr key={t.id}>
                <td>
                  {t.name}
                  {i === 0 && <span className="muted"> (byrådens bord)</span>}
                </td>
                <td>{t.shape === 'round' ? 'Rundt' : 'Rektangulært'}</td>
                <td>
                  <select
                    aria-label={`Plasser ved ${t.name}`}
                    value={t.seats}
                    onChange={(e) => void commit((p) => resizeTable(p, t.id, Number(e.target.value)))}
                  >
                    {Array.from({ length: MAX_SEATS - MIN_SEATS + 1 }, (_, k) => k + MIN_SEATS).map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => void commit((p) => removeTable(p, t.id))}>
                    Fjern {t.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
