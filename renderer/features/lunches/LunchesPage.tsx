import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function LunchesPage() {
  return (
    <>
      <PageHeader title="Signeringslunsjer" description="Planlegging av signeringslunsjer i Oslo rådhus." />
      <EmptyState title="Ingen signeringslunsjer ennå">
        <p>Planleggeren for signeringslunsjer kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
