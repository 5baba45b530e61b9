import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { addSector, ensureDefaultSectors, listSectors } from '../../../db/repositories/sectors-repo'

/** Bransje from the list, with a way to add a new one to the list. */
export function SectorField({ value, onChange }: { value: string; onChange: (sector: string) => void }) {
  const sectors = useLiveQuery(listSectors, []) ?? []
  // The editor can be the first page opened on a new database.
  useEffect(() => {
    void ensureDefaultSectors()
  }, [])
  const [adding, setAdding] = useState(false)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const options = value && !sectors.includes(value) ? [value, ...sectors] : sectors

  const add = async () => {
    const problem = await addSector(draft)
    setError(problem)
    if (problem) return
    onChange(draft.trim().replace(/\s+/g, ' ').normalize('NFC'))
    setDraft('')
    setAdding(false)
  }

  return (
    <div className="field">
      <label htmlFor="sector">Bransje</label>
      <select id="sector" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Ikke valgt</option>
        {options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {adding ? (
        <div className={`inline-add${error ? ' field-invalid' : ''}`}>
          <label htmlFor="new-sector" className="visually-hidden">
            Ny bransje
          </label>
          <input
            id="new-sector"
            value={draft}
            placeholder="Ny bransje"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-sector-error' : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                void add()
              }
            }}
            autoFocus
          />
          <button type="button" onClick={() => void add()}>
            Legg til
          </button>
          {error && (
            <p id="new-sector-error" className="field-error">
              {error}
            </p>
          )}
        </div>
      ) : (
        <button type="button" className="button-link align-start" onClick={() => setAdding(true)}>
          Legg til ny bransje i listen
        </button>
      )}
    </div>
  )
}
