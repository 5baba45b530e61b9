import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import { lunchCommissioner, signatoryCandidates, signingLunches } from '../../db/repositories/contracts-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import type { MeetingEvent, Person } from '../../db/models'
import { ROLE_LABELS } from '../../domain/organisation/labels'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../lib/dates'
import { makeContractsAndAnnounce, type JobProgress } from './contract-job'
import { contractFormErrors, type ContractFormErrors, type ContractFormValues } from './contract-form'
import { defaultSignatory, isLeaderRole, NO_LEADER_REASON, notLeaderWarning } from '../../domain/contract/signatory'
import { JobProgressBar } from './JobProgressBar'
import { LunchSelect } from './LunchSelect'

function personLabel(person: Person): string {
  // Only the roles that sign are worth naming here, in the role's own word.
  const role = person.roles.find((r) => r === 'toppleder' || r === 'stedfortreder')
  return role ? `${person.name} (${ROLE_LABELS[role].toLowerCase()})` : person.name
}

export function MakeContractForm({ organisationId }: { organisationId: string }) {
  const data = useLiveQuery(
    async () => ({ people: await signatoryCandidates(organisationId), lunches: await signingLunches(), settings: await loadSettings() }),
    [organisationId],
  )
  if (!data) return null
  return <ContractForm organisationId={organisationId} people={data.people} lunches={data.lunches} initial={initialValues(data.people, data.settings)} />
}

function initialValues(people: Person[], settings: { commissionerName: string; commissionerTitle: string }): ContractFormValues {
  // Top leader or deputy only: without either the fields start empty rather than naming someone else.
  const leader = defaultSignatory(people)
  return {
    eventId: '',
    date: formatDate(todayInOslo()),
    personId: leader?.id ?? '',
    signatoryName: leader?.name ?? '',
    signatoryTitle: leader?.title ?? '',
    commissionerName: settings.commissionerName,
    commissionerTitle: settings.commissionerTitle,
  }
}

type Props = { organisationId: string; people: Person[]; lunches: MeetingEvent[]; initial: ContractFormValues }

function ContractForm({ organisationId, people, lunches, initial }: Props) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<ContractFormErrors>({})
  const [progress, setProgress] = useState<JobProgress | null>(null)
  const set = (change: Partial<ContractFormValues>) => setValues((v) => ({ ...v, ...change }))

  const chooseLunch = (eventId: string) => {
    const lunch = lunches.find((l) => l.id === eventId)
    const commissioner = lunchCommissioner(lunch)
    set({
      eventId,
      ...(lunch ? { date: formatDate(lunch.date) } : {}),
      ...(commissioner ? { commissionerName: commissioner.name, commissionerTitle: commissioner.title } : {}),
    })
  }
  const choosePerson = (personId: string) => {
    const person = people.find((p) => p.id === personId)
    set({ personId, signatoryName: person?.name ?? '', signatoryTitle: person?.title ?? '' })
  }

  const chosenPerson = people.find((p) => p.id === values.personId)
  const warning = chosenPerson && isLeaderRole(chosenPerson.roles) ? null : values.signatoryName.trim() || chosenPerson ? notLeaderWarning(values.signatoryName) : null

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const found = contractFormErrors(values)
    setErrors(found)
    if (Object.keys(found).length) {
      notify('Klimakontrakten ble ikke laget. Rett feltene som er merket.', 'error')
      return
    }
    setProgress({ done: 0, total: 1, label: '' })
    try {
      await makeContractsAndAnnounce(
        [
          {
            organisationId,
            signatoryPersonId: values.personId || null,
            signatory: { name: values.signatoryName.trim(), title: values.signatoryTitle.trim() },
            commissioner: { name: values.commissionerName.trim(), title: values.commissionerTitle.trim() },
            signingDate: parseNorwegianDate(values.date) ?? '',
            eventId: values.eventId || null,
          },
        ],
        { separateFiles: false, mergedName: 'Klimakontrakt', onProgress: setProgress },
        'Klimakontrakten',
      )
    } finally {
      setProgress(null)
    }
  }

  return (
    <form className="form-grid contract-form" onSubmit={submit} noValidate aria-label="Lag klimakontrakt">
      <fieldset>
        <legend>Signering</legend>
        <LunchSelect id="contract-lunch" value={values.eventId} lunches={lunches} emptyLabel="Ingen – velg dato selv" onChange={chooseLunch} />
        <TextField label="Signeringsdato" value={values.date} error={errors.date} onChange={(date) => set({ date })} hint="Eksempel: 03.06.2027" inputMode="numeric" />
      </fieldset>
      <fieldset>
        <legend>Signerer for virksomheten</legend>
        <div className="field">
          <label htmlFor="contract-person">Person</label>
          <select id="contract-person" value={values.personId} onChange={(e) => choosePerson(e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
            <option value="">Annen person</option>
          </select>
        </div>
        <TextField label="Navn på den som signerer" value={values.signatoryName} error={errors.signatoryName} onChange={(signatoryName) => set({ signatoryName })} />
        <TextField label="Tittel" value={values.signatoryTitle} error={errors.signatoryTitle} onChange={(signatoryTitle) => set({ signatoryTitle })} hint="Toppleder eller toppleders stedfortreder" />
        {!defaultSignatory(people) && !warning && <p className="field-hint form-note-wide">{NO_LEADER_REASON}</p>}
        {warning && (
          <p className="field-warning form-note-wide" role="note">
            {warning}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Oslo kommune</legend>
        <TextField label="Byrådens navn" value={values.commissionerName} error={errors.commissionerName} onChange={(commissionerName) => set({ commissionerName })} />
        <TextField label="Byrådens tittel" value={values.commissionerTitle} error={errors.commissionerTitle} onChange={(commissionerTitle) => set({ commissionerTitle })} />
      </fieldset>
      <div className="form-actions">
        {progress && <JobProgressBar progress={progress} label="Lager klimakontrakten" />}
        <button type="submit" className="button-primary" disabled={progress !== null}>
          Lag klimakontrakt
        </button>
      </div>
    </form>
  )
}
