import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function DataPage() {
  return (
    <>
      <PageHeader title="Data" description="Eksport, import og sikkerhetskopier." />
      <EmptyState title="Ingen sikkerhetskopier ennå">
        <p>Eksport og import kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
