import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import { registerSignature, signatoryCandidates } from '../../db/repositories/contracts-repo'
import { getOrganisation } from '../../db/repositories/organisations-repo'
import { pipelineStatusText } from '../../domain/organisation/labels'
import type { ClimateContract } from '../../db/models'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../lib/dates'
import { messageOf } from '../../lib/result'

/** Registers that the contract was signed; the organisation becomes a member (or partner, by its tier) from that date. */
export function SignatureForm({ contract, onDone }: { contract: ClimateContract; onDone: () => void }) {
  const people = useLiveQuery(() => signatoryCandidates(contract.organisationId), [contract.organisationId])
  const [date, setDate] = useState(formatDate(todayInOslo()))
  const [name, setName] = useState(contract.signatoryName)
  const [errors, setErrors] = useState<{ date?: string; name?: string }>({})

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const signedDate = parseNorwegianDate(date)
    const found = {
      ...(signedDate ? {} : { date: 'Datoen er ugyldig. Skriv den som 03.06.2027.' }),
      ...(name.trim() ? {} : { name: 'Skriv inn hvem som signerte for virksomheten.' }),
    }
    setErrors(found)
    if (!signedDate || Object.keys(found).length) return
    const person = people?.find((p) => p.name === name.trim())
    const registered = await registerSignature({
      organisationId: contract.organisationId,
      contractId: contract.id,
      signedDate,
      signatoryPersonId: person?.id ?? contract.signatoryPersonId,
      signatoryName: name,
    })
    if (!registered.ok) return notify(messageOf(registered), 'error')
    // Signed, it is what its tier says: "Virksomheten er partner fra …" for a partner.
    const organisation = await getOrganisation(contract.organisationId)
    const now = organisation ? pipelineStatusText(organisation).toLowerCase() : 'medlem'
    notify(`Signaturen er registrert. Virksomheten er ${now} fra ${formatDate(signedDate)}.`)
    onDone()
  }

  return (
    <form className="card form-grid signature-form" onSubmit={submit} noValidate aria-label="Registrer signatur">
      <fieldset>
        <legend>Registrer signatur</legend>
        <TextField label="Signert dato" value={date} error={errors.date} onChange={setDate} hint="Eksempel: 03.06.2027" autoFocus />
        <TextField label="Signert av" value={name} error={errors.name} onChange={setName} />
      </fieldset>
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          Avbryt
        </button>
        <button type="submit" className="button-primary">
          Registrer signatur
        </button>
      </div>
    </form>
  )
}
