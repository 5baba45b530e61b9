import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import { TextField } from '../../components/TextField'
import { erasablePeople, erasePerson, erasureProposals } from '../../db/repositories/privacy-repo'
import { loadSettings, saveSettings } from '../../db/repositories/settings-repo'
import { formatDate, todayInOslo } from '../../lib/dates'

export function PrivacySection() {
  const years = useLiveQuery(async () => (await loadSettings()).retentionYearsAfterLeaving, [])
  const proposals = useLiveQuery(async () => (years === undefined ? [] : erasureProposals(years, todayInOslo())), [years])
  const people = useLiveQuery(() => erasablePeople(), [])
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [chosen, setChosen] = useState('')
  const [confirm, setConfirm] = useState<{ id: string; label: string } | null>(null)

  const saveYears = async (event: React.FormEvent) => {
    event.preventDefault()
    const value = Number(draft ?? years)
    if (!Number.isInteger(value) || value < 1 || value > 20) {
      setError('Skriv et helt antall år fra 1 til 20.')
      return
    }
    setError(null)
    await saveSettings({ retentionYearsAfterLeaving: value })
    setDraft(null)
    notify('Oppbevaringstiden er lagret.')
  }

  const erase = async () => {
    if (!confirm) return
    try {
      await erasePerson(confirm.id)
      notify(`${confirm.label} er slettet for godt.`)
      setChosen('')
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error')
    }
    setConfirm(null)
  }

  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Personvern</h2>
      <form className="privacy-years" onSubmit={(e) => void saveYears(e)} noValidate aria-label="Oppbevaringstid">
        <TextField
          label="År før personer i utmeldte virksomheter foreslås slettet"
          type="number"
          min={1}
          max={20}
          value={draft ?? String(years ?? '')}
          onChange={setDraft}
          error={error}
        />
        <button type="submit">Lagre oppbevaringstid</button>
      </form>
      <h3>Foreslått slettet</h3>
      {proposals && proposals.length === 0 && <p>Ingen personer er foreslått slettet nå.</p>}
      {proposals && proposals.length > 0 && (
        <ul className="privacy-proposals">
          {proposals.map((p) => (
            <li key={p.person.id}>
              {p.person.name} – {p.organisationName}, {p.rejected ? 'avslått' : 'utmeldt'} {formatDate(p.leftOn)}{' '}
              <button type="button" onClick={() => setConfirm({ id: p.person.id, label: p.person.name })} aria-label={`Slett ${p.person.name} for godt`}>
                Slett for godt
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Slett en person for godt</h3>
      <div className="privacy-pick">
        <div className="field">
          <label htmlFor="erase-person">Person</label>
          <select id="erase-person" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Velg en person …</option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button-danger"
          disabled={!chosen}
          onClick={() => setConfirm({ id: chosen, label: people?.find((p) => p.id === chosen)?.label.split(' – ')[0] ?? 'Personen' })}
        >
          Slett for godt …
        </button>
      </div>
      <p className="field-hint">
        Navn, e-post, telefon og tittel fjernes fra databasen, papirkurven og endringsloggen (der står det «slettet person»).
        Sikkerhetskopier tatt før slettingen inneholder opplysningene i opptil 12 måneder, til de er byttet ut. Gjenoppretter du en slik
        kopi, eller importerer en eldre eksport, slettes personen igjen: programmet husker hvem som er slettet (bare id og dato).
      </p>
      <ConfirmDialog
        open={confirm !== null}
        title="Slette for godt?"
        message={`${confirm?.label ?? ''} slettes for godt. Dette kan ikke angres.`}
        confirmLabel="Slett for godt"
        danger
        onConfirm={() => void erase()}
        onCancel={() => setConfirm(null)}
      />
    </section>
  )
}
