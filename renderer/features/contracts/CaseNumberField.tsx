import { useState } from 'react'
import { notify } from '../../components/notices'
import { setCaseNumber } from '../../db/repositories/contracts-repo'
import { messageOf } from '../../lib/result'
import type { ClimateContract } from '../../db/models'

/** The municipality's archive case number (saksnummer), edited in place. */
export function CaseNumberField({ contract, rowLabel }: { contract: ClimateContract; rowLabel: string }) {
  const [value, setValue] = useState(contract.caseNumber)
  const [error, setError] = useState<string | null>(null)
  const changed = value.trim() !== contract.caseNumber
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const saved = await setCaseNumber(contract.id, value)
    if (!saved.ok) return setError(messageOf(saved))
    setError(null)
    notify('Saksnummeret er lagret.')
  }
  const errorId = `case-${contract.id}-error`
  return (
    <form className="inline-form" onSubmit={save} noValidate>
      <input
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-label={`Saksnummer for kontrakten ${rowLabel}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="27/01234-5"
        size={12}
      />
      {changed && <button type="submit">Lagre</button>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}
