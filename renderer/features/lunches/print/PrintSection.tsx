import { defaultSignatory } from '../../../domain/contract/signatory'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { LunchDocument } from '../../../../electron/shared/channels/lunches'
import { notify } from '../../../components/notices'
import { buildContractModels, recordGenerated, type ContractRequest } from '../../../db/repositories/contracts-repo'
import { dietsOfEvent } from '../../../db/repositories/diets-repo'
import type { LunchView } from '../../../db/repositories/lunches-repo'
import { formatDate } from '../../../lib/dates'
import { desktop, hasDesktop, hostErrorMessage } from '../../../lib/desktop'
import { messageOf } from '../../../lib/result'
import { agenda, guestList, kitchenList, lunchHeader, placeCards, tablePlan, type Diets } from './lunch-documents'

type Job = { id: string; label: string; done: number; total: number }

const DOCUMENTS: { key: LunchDocument['kind']; label: string; file: string }[] = [
  { key: 'placeCards', label: 'Bordkort', file: 'Bordkort' },
  { key: 'tablePlan', label: 'Bordplan', file: 'Bordplan' },
  { key: 'guestList', label: 'Gjesteliste', file: 'Gjesteliste' },
  { key: 'agenda', label: 'Program og taleliste', file: 'Program' },
]

function documentOf(view: LunchView, kind: LunchDocument['kind'], diets: Diets): LunchDocument {
  switch (kind) {
    case 'placeCards':
      return { kind, header: lunchHeader(view), cards: placeCards(view) }
    case 'tablePlan':
      return tablePlan(view, diets)
    case 'guestList':
      return guestList(view)
    case 'agenda':
      return agenda(view)
  }
}

/** Each invited organisation's contract, signed by its top leader (or deputy, or first guest). */
export function contractRequests(view: LunchView): { requests: ContractRequest[]; missing: string[] } {
  const l = view.lunch
  const requests: ContractRequest[] = []
  const missing: string[] = []
  for (const org of view.organisations) {
    const guests = view.guests.filter((g) => g.registration.organisationId === org.id && g.person)
    // The top leader or deputy among the guests, never anyone else: the contract says they sign.
    const signer = defaultSignatory(guests.map((g) => g.person!))
    if (!signer) {
      missing.push(org.name)
      continue
    }
    requests.push({
      organisationId: org.id,
      signatoryPersonId: signer.id,
      signatory: { name: signer.name, title: signer.title },
      commissioner: { name: l.lunch.commissionerName, title: l.lunch.commissionerTitle },
      signingDate: l.date,
      eventId: l.id,
    })
  }
  return { requests, missing }
}

/** The lunch's printouts, rendered in main and saved as PDF. */
export function PrintSection({ view }: { view: LunchView }) {
  const [job, setJob] = useState<Job | null>(null)
  const diets = useLiveQuery(() => dietsOfEvent(view.lunch.id), [view.lunch.id])
  useEffect(() => {
    if (!job || !hasDesktop()) return
    return desktop().onEvent((e) => {
      if (e.type === 'progress' && e.jobId === job.id) setJob((j) => (j && j.id === e.jobId ? { ...j, done: e.done, total: e.total } : j))
    })
  }, [job])

  if (!hasDesktop()) return null
  const date = formatDate(view.lunch.date)
  const nobody = view.guests.length === 0 && view.lunch.lunch.hosts.length === 0

  const print = async (kind: LunchDocument['kind'], label: string, file: string) => {
    const id = crypto.randomUUID()
    setJob({ id, label, done: 0, total: 0 })
    try {
      const result = await desktop().renderLunchDocument({ document: documentOf(view, kind, diets ?? new Map()), fileName: `${file} signeringslunsj ${date}`, jobId: id })
      if (result.ok) notify(`${label} er lagret: ${result.data.name} (${result.data.pageCount} ${result.data.pageCount === 1 ? 'side' : 'sider'}).`)
      else if (result.error !== 'cancelled') notify(`${label} ble ikke laget. ${hostErrorMessage(result)}`, 'error')
    } finally {
      setJob(null)
    }
  }

  const printKitchenList = async () => {
    setJob({ id: crypto.randomUUID(), label: 'Kjøkkenliste', done: 0, total: 0 })
    try {
      // Read again at the click: the list must carry what is stored now, never a stale copy.
      const model = kitchenList(view, await dietsOfEvent(view.lunch.id))
      const result = await desktop().renderKitchenList({ model, fileName: `Kjøkkenliste signeringslunsj ${date}` })
      if (result.ok) notify(`Kjøkkenlisten er lagret: ${result.data.name} (${result.data.pageCount} ${result.data.pageCount === 1 ? 'side' : 'sider'}).`)
      else if (result.error !== 'cancelled') notify(`Kjøkkenlisten ble ikke laget. ${hostErrorMessage(result)}`, 'error')
    } finally {
      setJob(null)
    }
  }

  const printContracts = async () => {
    const { requests, missing } = contractRequests(view)
    if (missing.length > 0) {
      notify(`Ingen toppleder eller stedfortreder blant gjestene fra ${missing.join(', ')}. Kontrakten skal signeres av en av dem (Lederforankring): legg dem til som gjester, eller lag kontrakten fra virksomhetens side.`, 'error')
      return
    }
    if (requests.length === 0) {
      notify('Ingen virksomheter er invitert ennå.', 'error')
      return
    }
    const id = crypto.randomUUID()
    setJob({ id, label: 'Klimakontrakter', done: 0, total: requests.length })
    try {
      const built = await buildContractModels(requests)
      if (!built.ok) return notify(messageOf(built), 'error')
      const { models, templates } = built.data
      const result = await desktop().renderContracts({ contracts: models, separateFiles: false, mergedName: `Klimakontrakter signeringslunsj ${date}`, jobId: id })
      if (!result.ok) {
        if (result.error !== 'cancelled') notify(`Kontraktene ble ikke laget. ${hostErrorMessage(result)}`, 'error')
        return
      }
      await recordGenerated(requests, models, templates)
      notify(`Klimakontraktene er lagret: ${result.data.merged.name} (${models.length} virksomheter, to eksemplarer hver).`)
    } finally {
      setJob(null)
    }
  }

  return (
    <section className="card" aria-labelledby="print-heading">
      <h2 id="print-heading">Utskrifter</h2>
      {nobody ? (
        <p className="muted">Legg inn gjester og verter først.</p>
      ) : (
        <div className="print-actions">
          {DOCUMENTS.map((d) => (
            <button key={d.key} type="button" disabled={job !== null} onClick={() => void print(d.key, d.label, d.file)}>
              {d.label} (PDF)
            </button>
          ))}
          <button type="button" disabled={job !== null} onClick={() => void printKitchenList()}>
            Kjøkkenliste (PDF)
          </button>
          <button type="button" disabled={job !== null || view.organisations.length === 0} onClick={() => void printContracts()}>
            Klimakontrakter (PDF)
          </button>
        </div>
      )}
      {job && (
        <p role="status" className="print-progress">
          Lager {job.label.toLowerCase()} …{job.total > 0 ? ` ${job.done} av ${job.total}` : ''}
          <progress max={job.total || 1} value={job.done} aria-label={`Framdrift: ${job.label}`} />
        </p>
      )}
    </section>
  )
}
