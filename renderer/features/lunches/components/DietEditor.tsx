import { useState } from 'react'
import { notify } from '../../../components/notices'
import type { DietRecord } from '../../../db/models'
import { saveDiet } from '../../../db/repositories/diets-repo'
import { COMMON_NEEDS, dietText } from '../../../domain/event/diet'

type Props = { registrationId: string; personName: string; diet: DietRecord | undefined }

/**
 * A guest's dietary needs and allergies. Health data: kept on this laptop only, printed only on
 * the table plan and the kitchen list, deleted 7 days after the lunch.
 */
export function DietEditor({ registrationId, personName, diet }: Props) {
  const [open, setOpen] = useState(false)
  const [needs, setNeeds] = useState<string[]>(diet?.needs ?? [])
  const [note, setNote] = useState(diet?.note ?? '')
  const text = dietText(diet)
  const fieldId = `diet-note-${registrationId}`

  const start = () => {
    setNeeds(diet?.needs ?? [])
    setNote(diet?.note ?? '')
    setOpen(true)
  }
  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    await saveDiet(registrationId, needs, note)
    setOpen(false)
    notify(`Kost og allergier for ${personName} er lagret.`)
  }
  const toggle = (need: string, on: boolean) => setNeeds(on ? [...needs, need] : needs.filter((n) => n !== need))

  if (!open)
    return (
      <span className="diet-summary">
        {text && <span className="badge badge-amber">{text}</span>}
        <button type="button" className="button-link" onClick={start}>
          {text ? 'Endre' : 'Kost og allergier'}
          <span className="visually-hidden"> for {personName}</span>
        </button>
      </span>
    )
  return (
    <form className="diet-form" aria-label={`Kost og allergier for ${personName}`} onSubmit={(e) => void save(e)}>
      <fieldset>
        <legend>Kost og allergier for {personName}</legend>
        <div className="diet-needs">
          {COMMON_NEEDS.map((need) => (
            <label key={need} className="checkbox">
              <input type="checkbox" checked={needs.includes(need)} onChange={(e) => toggle(need, e.target.checked)} /> {need}
            </label>
          ))}
        </div>
        <div className="field">
          <label htmlFor={fieldId}>Annet til kjøkkenet</label>
          <input id={fieldId} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </div>
        <p className="field-hint">Helseopplysninger: lagres bare på denne maskinen, tas aldri med i eksport, og slettes 7 dager etter lunsjen.</p>
        <div className="form-actions events-left">
          <button type="button" onClick={() => setOpen(false)}>
            Avbryt
          </button>
          <button type="submit" className="button-primary">
            Lagre kost og allergier
          </button>
        </div>
      </fieldset>
    </form>
  )
}
