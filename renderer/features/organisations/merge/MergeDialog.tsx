/**
 * "Slå sammen": two organisations (or two people) side by side, which one remains, the value kept
 * per field, and what moves. The dialog starts on "Avbryt" (it removes a record from the register);
 * once merged, the notice offers "Angre" for as long as neither record has changed since.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { MergePreview } from '../../../db/repositories/merge-repo'
import type { MergeSide } from '../../../domain/organisation/merge-plan'
import type { Outcome } from '../../../lib/result'
import type { MergeKind } from './merge-kinds'
import { notify } from '../../../components/notices'
import './merge.css'

type Named = { id: string; name: string; createdAt: string }
type Props<T extends Named> = { kind: MergeKind<T>; pair: readonly [T, T]; onClose: () => void }

export function MergeDialog<T extends Named>({ kind, pair, onClose }: Props<T>) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const base = useId()
  const [survivorIndex, setSurvivorIndex] = useState<0 | 1>(0)
  const [picks, setPicks] = useState<Record<string, MergeSide>>({})
  const [preview, setPreview] = useState<Outcome<MergePreview> | null>(null)
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)
  const survivor = pair[survivorIndex]
  const other = pair[survivorIndex === 0 ? 1 : 0]

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // Destructive: start on "Avbryt" (showModal would pick the first radio).
    cancelRef.current?.focus()
  }, [])

  useEffect(() => {
    let live = true
    void kind.preview(survivor.id, other.id, picks).then((next) => {
      if (live) setPreview(next)
    })
    return () => {
      live = false
    }
  }, [kind, survivor.id, other.id, picks])

  const chooseSurvivor = (index: 0 | 1) => {
    setSurvivorIndex(index)
    setPicks({})
    setFailure('')
  }
  /** A field's pick is stored relative to the survivor; the columns stay as the pair is shown. */
  const pickColumn = (key: string, column: 0 | 1) => setPicks((p) => ({ ...p, [key]: column === survivorIndex ? 'survivor' : 'other' }))

  const confirm = async () => {
    setBusy(true)
    const done = await kind.merge(survivor.id, other.id, picks)
    setBusy(false)
    if (!done.ok) {
      setFailure(done.message)
      return
    }
    const { undo } = done.data
    const id = notify(`${other.name} ble slått sammen med ${survivor.name}${done.data.moved ? `: ${done.data.moved} flyttet` : ''}.`, 'success', {
      label: 'Angre',
      run: () =>
        void kind.undo(undo).then((undone) => {
          if (undone.ok) notify(`Sammenslåingen er angret: ${other.name} og ${survivor.name} er to igjen.`)
          else notify(undone.message, 'error')
        }),
    })
    onClose()
    // The button that opened the dialog went with the pair: the keyboard goes on at "Angre".
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-notice="${id}"] .button-link`)?.focus())
  }

  const fields = preview?.ok ? preview.data.fields.filter((f) => f.differs) : []
  return (
    <dialog ref={ref} className="dialog merge-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose() }}>
      <h2 id={titleId}>{kind.title}</h2>
      <fieldset className="merge-survivor">
        <legend>Hvilken skal beholdes?</legend>
        {pair.map((org, index) => (
          <label key={org.id}>
            <input type="radio" name={`${base}-survivor`} checked={survivorIndex === index} onChange={() => chooseSurvivor(index as 0 | 1)} /> {kind.describe(org)}
          </label>
        ))}
      </fieldset>
      {fields.length > 0 ? (
        <div className="merge-fields">
          <p className="merge-help">Velg verdien som skal stå igjen der de to er ulike. Like felt beholdes som de er.</p>
          <div className="merge-grid" role="presentation">
            <span className="merge-head">Felt</span>
            {pair.map((org, index) => (
              <span key={org.id} className="merge-head">
                {org.name} {index === survivorIndex ? <span className="badge badge-green">beholdes</span> : null}
              </span>
            ))}
            {fields.map((field) => {
              const values: [string, string] = survivorIndex === 0 ? [field.survivor, field.other] : [field.other, field.survivor]
              // The pick shows at once; the preview (what moves) follows when it is read again.
              const side = picks[field.key] ?? field.chosen
              const chosen = side === 'survivor' ? survivorIndex : 1 - survivorIndex
              const labelId = `${base}-${field.key}`
              return (
                <div key={field.key} className="merge-row" role="radiogroup" aria-labelledby={labelId}>
                  <span id={labelId} className="merge-label">{field.label}</span>
                  {values.map((value, column) => (
                    <label key={column} className="merge-value">
                      <input type="radio" name={labelId} checked={chosen === column} onChange={() => pickColumn(field.key, column as 0 | 1)} />{' '}
                      {value || <em>(tomt)</em>}
                    </label>
                  ))}
                </div>
              )
            })}
          </div>
        </div>
      ) : (
        <p>Feltene er like, eller bare den ene har verdi: alt beholdes.</p>
      )}
      {kind.note ? <p className="merge-help">{kind.note}</p> : null}
      <p className="merge-moves" role="status">
        {preview === null
          ? 'Finner det som skal flyttes …'
          : preview.ok
            ? preview.data.moved
              ? `Flyttes til ${survivor.name}: ${preview.data.moved}.`
              : `Ingenting annet knyttet til ${other.name} skal flyttes.`
            : ''}
      </p>
      {preview && !preview.ok ? <p role="alert" className="merge-error">{preview.message}</p> : null}
      {failure ? <p role="alert" className="merge-error">{failure}</p> : null}
      <p className="merge-warning">
        {other.name} fjernes fra registeret; historikken til begge beholdes hos {survivor.name}. Du kan angre rett etterpå, så lenge ingen av dem er endret.
      </p>
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} onClick={onClose}>
          Avbryt
        </button>
        <button type="button" className="button-danger" disabled={busy || !preview?.ok} onClick={() => void confirm()}>
          Slå sammen
        </button>
      </div>
    </dialog>
  )
}
