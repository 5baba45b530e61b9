import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { findByOrgNumber } from '../../../db/repositories/organisations-repo'
import { isValidOrgNumber } from '../../../../electron/shared/org-number'

/** Warns (without refusing) when another organisation has the same number, and names it. */
export function DuplicateWarning({ orgNumber, exceptId }: { orgNumber: string; exceptId: string | null }) {
  const other = useLiveQuery(
    async () => (isValidOrgNumber(orgNumber) ? ((await findByOrgNumber(orgNumber, exceptId ?? undefined)) ?? null) : null),
    [orgNumber, exceptId],
  )
  if (!other) return null
  return (
    <p className="field-warning" role="status">
      Obs: <Link to={`/virksomheter/${other.id}`}>{other.name}</Link> har samme organisasjonsnummer.
    </p>
  )
}
