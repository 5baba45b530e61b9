import { Link } from 'react-router'

/** "Papirkurv (3)": the count comes from the register's own read of the organisations. */
export function TrashLink({ count }: { count: number | undefined }) {
  return (
    <Link className="button" to="/virksomheter/papirkurv">
      Papirkurv{count ? ` (${count})` : ''}
    </Link>
  )
}
