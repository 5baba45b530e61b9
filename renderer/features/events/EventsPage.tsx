import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function EventsPage() {
  return (
    <>
      <PageHeader title="Arrangementer" description="Nettverksmøter, toppledermøter og partnersamlinger." />
      <EmptyState title="Ingen arrangementer ennå">
        <p>Arrangementer og oppmøte kommer i en senere versjon.</p>
      </EmptyState>
    </>
  )
}
