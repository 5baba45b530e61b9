import { memo, useId } from 'react'
import { rolesText } from '../../domain/organisation/labels'
import type { BatchCandidate } from '../../db/repositories/contracts-repo'
import type { Person } from '../../db/models'
import { rowSigner, standingText } from './batch-rows'

type Props = {
  candidate: BatchCandidate
  chosenPersonId: string | undefined
  checked: boolean
  /** Stable across renders (they take the row's id), so a row re-renders only when its own props change. */
  onCheck: (organisationId: string, on: boolean) => void
  onChoose: (organisationId: string, personId: string) => void
}

/** "Kari Solberg (toppleder, klimakontakt)": the person with every role, as the select and the row say it. */
const withRoles = (p: Person): string => (p.roles.length ? `${p.name} (${rolesText(p.roles).toLowerCase()})` : p.name)

/**
 * One organisation in the batch: tick it, see or change who signs, and read why not or the warning.
 * Memoised: the form re-renders when a batch starts and ends, and its 170 rows need not.
 */
export const BatchRow = memo(function BatchRow({ candidate, chosenPersonId, checked, onCheck, onChoose }: Props) {
  const { organisation, people } = candidate
  const signer = rowSigner(candidate, chosenPersonId)
  const messageId = useId()
  return (
    <div className="batch-row">
      <label className="check-row">
        <input
          type="checkbox"
          checked={checked && signer.person !== null}
          disabled={!signer.person}
          aria-describedby={signer.message ? messageId : undefined}
          onChange={(e) => onCheck(organisation.id, e.target.checked)}
        />
        <span>
          {organisation.name}
          <span className="check-row-detail">
            {' '}
            – {standingText(organisation.status, organisation.tier)}
            {/* The row says the signer's roles in full: a narrow select may cut them off. */}
            {signer.person ? `, signeres av ${withRoles(signer.person)}` : ''}
          </span>
        </span>
      </label>
      {people.length > 0 && (
        <select
          aria-label={`Signerer for ${organisation.name}`}
          title={signer.person ? withRoles(signer.person) : undefined}
          value={signer.person?.id ?? ''}
          onChange={(e) => onChoose(organisation.id, e.target.value)}
        >
          <option value="">Ingen valgt</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {withRoles(p)}
            </option>
          ))}
        </select>
      )}
      {signer.message && (
        <p id={messageId} className={signer.kind === 'warning' ? 'field-warning batch-row-message' : 'field-hint batch-row-message'}>
          {signer.message}
        </p>
      )}
    </div>
  )
})
