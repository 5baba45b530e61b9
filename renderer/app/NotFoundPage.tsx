import { Link } from 'react-router'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Fant ikke siden" />
      <EmptyState title="Denne siden finnes ikke">
        <p>
          <Link to="/">Gå til oversikten</Link>
        </p>
      </EmptyState>
    </>
  )
}
