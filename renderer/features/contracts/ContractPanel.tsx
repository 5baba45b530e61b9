import { ContractHistory } from './ContractHistory'
import { MakeContractForm } from './MakeContractForm'

/** The climate contract section of an organisation's page: make one, and its history. */
export function ContractPanel({ organisationId }: { organisationId: string }) {
  return (
    <section className="card contract-panel" aria-labelledby="contract-panel-title">
      <h2 id="contract-panel-title">Klimakontrakt</h2>
      <MakeContractForm organisationId={organisationId} />
      <h3>Kontrakthistorikk</h3>
      <ContractHistory organisationId={organisationId} />
    </section>
  )
}
