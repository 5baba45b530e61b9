import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function OverviewPage() {
  return (
    <>
      <PageHeader title="Oversikt" description="Nøkkeltall for nettverket." />
      <EmptyState title="Ingen nøkkeltall ennå">
        <p>Oversikten fylles når virksomheter, arrangementer og årsrapporter er registrert.</p>
      </EmptyState>
    </>
  )
}
