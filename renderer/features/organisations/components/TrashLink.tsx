import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { listTrash } from '../../../db/repositories/trash-repo'

export function TrashLink() {
  const count = useLiveQuery(async () => (await listTrash()).length, [])
  return (
    <Link className="button" to="/virksomheter/papirkurv">
      Papirkurv{count ? ` (${count})` : ''}
    </Link>
  )
}
