import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/notices'
import {
  attachSignedCopy,
  attachment,
  contractHistory,
  mimeTypeOf,
  removeContract,
  restoreContract,
  signingLunches,
  snapshotOf,
} from '../../db/repositories/contracts-repo'
import type { ClimateContract } from '../../db/models'
import { formatDate, formatTimestamp } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { messageOf } from '../../lib/result'
import { CaseNumberField } from './CaseNumberField'
import { announceSaved, reprint } from './contract-job'
import { SignatureForm } from './SignatureForm'

type Row = { contract: ClimateContract; copyName: string | null; lunch: string | null }

export function ContractHistory({ organisationId }: { organisationId: string }) {
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const contracts = await contractHistory(organisationId)
    const lunches = new Map((await signingLunches()).map((l) => [l.id, `${l.title} ${formatDate(l.date)}`]))
    return Promise.all(
      contracts.map(async (contract) => ({
        contract,
        copyName: (await attachment(contract.attachmentId))?.name ?? null,
        lunch: contract.eventId ? (lunches.get(contract.eventId) ?? null) : null,
      })),
    )
  }, [organisationId])
  const [signing, setSigning] = useState<string | null>(null)
  if (!rows) return null
  if (rows.length === 0) {
    return (
      <EmptyState title="Ingen klimakontrakter ennå">
        <p>Lag klimakontrakten over. Den lagres her når PDF-en er skrevet.</p>
      </EmptyState>
    )
  }
  const signingRow = rows.find((r) => r.contract.id === signing)

  return (
    <>
      <table className="contract-history">
        <caption className="visually-hidden">Kontrakthistorikk</caption>
        <thead>
          <tr>
            <th scope="col">Laget</th>
            <th scope="col">Mal</th>
            <th scope="col">Byråd</th>
            <th scope="col">Signert</th>
            <th scope="col">Saksnummer</th>
            <th scope="col">Signert kopi</th>
            <th scope="col">Handlinger</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ contract, copyName, lunch }) => {
            const made = contract.generatedAt ? formatTimestamp(contract.generatedAt) : 'Registrert uten PDF'
            return (
              <tr key={contract.id}>
                <td>{made}</td>
                <td>{contract.templateVersion > 0 ? `${contract.templateTier === 'partner' ? 'Partnermal, versjon' : 'Versjon'} ${contract.templateVersion}` : '–'}</td>
                <td>{contract.commissionerName || '–'}</td>
                <td>
                  {contract.signedDate ? (
                    <>
                      <span className="badge badge-green">Signert {formatDate(contract.signedDate)}</span>
                      <br />
                      {contract.signatoryName}
                      {lunch && (
                        <>
                          <br />
                          <span className="check-row-detail">{lunch}</span>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="badge badge-amber">Ikke signert</span>
                  )}
                </td>
                <td>
                  <CaseNumberField contract={contract} rowLabel={made} />
                </td>
                <td>
                  {copyName ?? 'Ingen'}
                  <br />
                  <button type="button" className="button-link" onClick={() => void attachCopy(contract)} aria-label={`Legg ved signert kopi for kontrakten ${made}`}>
                    {copyName ? 'Bytt' : 'Legg ved'}
                  </button>
                </td>
                <td className="row-actions">
                  {snapshotOf(contract) && (
                    <button type="button" onClick={() => void print(contract)} aria-label={`Skriv ut på nytt: kontrakten ${made}`}>
                      Skriv ut på nytt
                    </button>
                  )}
                  {!contract.signedDate && (
                    <button type="button" onClick={() => setSigning(contract.id)} aria-label={`Registrer signatur for kontrakten ${made}`}>
                      Registrer signatur
                    </button>
                  )}
                  {!contract.signedDate && (
                    <button type="button" className="button-link" onClick={() => void remove(contract)} aria-label={`Fjern kontrakten ${made}`}>
                      Fjern
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {signingRow && <SignatureForm key={signingRow.contract.id} contract={signingRow.contract} onDone={() => setSigning(null)} />}
    </>
  )
}

async function print(contract: ClimateContract): Promise<void> {
  const model = snapshotOf(contract)
  if (!model) return
  const outcome = await reprint(model)
  if (outcome.ok) announceSaved(outcome.result, 'Kopien av klimakontrakten')
  else if (!outcome.cancelled) notify(outcome.message, 'error')
}

async function remove(contract: ClimateContract): Promise<void> {
  const removed = await removeContract(contract.id)
  if (!removed.ok) {
    notify(messageOf(removed), 'error')
    return
  }
  notify('Den usignerte kontrakten er fjernet fra historikken.', 'info', { label: 'Angre', run: () => void restoreContract(contract.id) })
}

async function attachCopy(contract: ClimateContract): Promise<void> {
  const result = await desktop().openFile({ kinds: ['pdf', 'image'] })
  if (!result.ok) {
    if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
    return
  }
  const attached = await attachSignedCopy(contract.id, { name: result.data.name, mimeType: mimeTypeOf(result.data.name), bytes: result.data.bytes })
  if (attached.ok) notify(`Den signerte kopien «${result.data.name}» er lagt ved.`)
  else notify(messageOf(attached), 'error')
}
