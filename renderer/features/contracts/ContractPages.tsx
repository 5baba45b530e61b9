import { PageHeader } from '../../components/PageHeader'
import { ContractBatch } from './ContractBatch'

export function ContractBatchPage() {
  return (
    <>
      <PageHeader title="Klimakontrakter for flere" description="Én PDF med to eksemplarer per virksomhet, i rekkefølge – og én fil per virksomhet hvis du vil." />
      <ContractBatch />
    </>
  )
}
