import { Link } from 'react-router'
import { ContractHistory } from './ContractHistory'
import { MakeContractForm } from './MakeContractForm'

/** The climate contract section of an organisation's page (mounted through its panel registry). */
export function ContractPanel({ organisationId }: { organisationId: string }) {
  return (
    <div className="contract-panel">
      <MakeContractForm organisationId={organisationId} />
      <h3>Kontrakthistorikk</h3>
      <ContractHistory organisationId={organisationId} />
      <p className="field-hint">
        <Link to="/klimakontrakter">Lag klimakontrakter for flere virksomheter samtidig</Link>
      </p>
    </div>
  )
}
