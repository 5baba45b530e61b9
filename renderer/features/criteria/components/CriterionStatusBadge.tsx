import { CRITERION_STATUS_LABELS, type CriterionStatus } from '../../../domain/criteria/labels'

const CLASS: Record<CriterionStatus, string> = {
  met: 'badge badge-green',
  'not-met': 'badge badge-red',
  'not-due': 'badge',
  'not-applicable': 'badge badge-grey',
  unknown: 'badge badge-amber',
}

const SYMBOL: Record<CriterionStatus, string> = { met: '✓', 'not-met': '✗', 'not-due': '…', 'not-applicable': '–', unknown: '?' }

export function CriterionStatusBadge({ status }: { status: CriterionStatus }) {
  return (
    <span className={CLASS[status]}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {CRITERION_STATUS_LABELS[status]}
    </span>
  )
}
