import { useLiveQuery } from 'dexie-react-hooks'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { organisationById } from '../../db/repositories/contracts-repo'
import { ContractBatch } from './ContractBatch'
import { ContractPanel } from './ContractPanel'

/** An organisation's climate contract on a page of its own. */
export function OrganisationContractPage() {
  const { id = '' } = useParams()
  const org = useLiveQuery(async () => (await organisationById(id)) ?? null, [id])
  if (org === undefined) return <PageHeader title="Klimakontrakt" />
  if (org === null) {
    return (
      <EmptyState title="Fant ikke virksomheten">
        <p>
          <Link to="/virksomheter">Tilbake til virksomhetene</Link>
        </p>
      </EmptyState>
    )
  }
  return (
    <>
      <PageHeader title={`Klimakontrakt – ${org.name}`} description="Lag kontrakten i to eksemplarer, og registrer signatur, saksnummer og signert kopi." />
      <ContractPanel organisationId={org.id} />
    </>
  )
}

export function ContractBatchPage() {
  return (
    <>
      <PageHeader title="Klimakontrakter for flere" description="Én PDF med to eksemplarer per virksomhet, i rekkefølge – og én fil per virksomhet hvis du vil." />
      <ContractBatch />
    </>
  )
}
