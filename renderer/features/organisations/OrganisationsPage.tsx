import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function OrganisationsPage() {
  return (
    <>
      <PageHeader title="Virksomheter" description="Medlemmer, partnere og søkere." />
      <EmptyState title="Ingen virksomheter ennå">
        <p>Registeret over virksomheter kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
