import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function ReportsPage() {
  return (
    <>
      <PageHeader title="Årsrapporter" description="Hvem har levert årsrapport, og hvem mangler." />
      <EmptyState title="Ingen årsrapporter ennå">
        <p>Sjekklisten for årsrapporter kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
