import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function CriteriaPage() {
  return (
    <>
      <PageHeader title="Kriterier" description="Medlemskriteriene for hvert medlem og år." />
      <EmptyState title="Ingen vurderinger ennå">
        <p>Oversikten over medlemskriterier kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
