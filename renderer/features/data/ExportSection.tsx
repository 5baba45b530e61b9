import { useRef, useState } from 'react'
import { notify } from '../../components/notices'
import { exportEverything } from './backup-actions'
import { CsvExports } from './CsvExports'
import { ProgressBar } from './ProgressBar'

export function ExportSection() {
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const stopping = useRef<AbortController | null>(null)

  const exportAll = async () => {
    setBusy(true)
    setProgress({ done: 0, total: 1 })
    const controller = new AbortController()
    stopping.current = controller
    const result = await exportEverything((done, total) => setProgress({ done, total }), controller.signal)
    stopping.current = null
    setBusy(false)
    setProgress(null)
    if (!result.ok) {
      // A cancel from this page's own button is said aloud; the file dialog's "Avbryt" needs no notice.
      if (!result.cancelled) notify(result.message, 'error')
      else if (controller.signal.aborted) notify('Eksporten ble avbrutt. Ingen fil er lagret.', 'info')
      return
    }
    setSaved(result.data.path)
    notify('Eksporten er lagret og kontrollert.')
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Eksport</h2>
      <p>
        «Eksporter alt» lagrer alle data, med vedlegg, i én fil som kan importeres på en annen maskin eller brukes som sikkerhetskopi.
      </p>
      <p className="data-warning" id="export-warning">
        Filen inneholder personopplysninger (navn, e-post og telefon). Lagre den bare der uvedkommende ikke kommer til, og slett den når
        den ikke trengs lenger.
      </p>
      <div className="form-actions data-actions">
        <button type="button" className="button-primary" onClick={() => void exportAll()} disabled={busy} aria-describedby="export-warning">
          {busy ? 'Eksporterer …' : 'Eksporter alt'}
        </button>
      </div>
      {progress && (
        // The bar across the card and the button under it, as the import shows its own.
        <div>
          <ProgressBar label="Forbereder eksporten" done={progress.done} total={progress.total} />
          <button type="button" onClick={() => stopping.current?.abort()}>
            Avbryt eksporten
          </button>
        </div>
      )}
      {saved && <p className="data-done">Eksporten er lagret i {saved}. Den er lest tilbake og kontrollert.</p>}
      <CsvExports />
    </section>
  )
}
