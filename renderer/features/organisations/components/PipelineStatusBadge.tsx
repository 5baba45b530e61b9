import type { PipelineStatus } from '../../../db/models'
import { shortPipelineStatus, PIPELINE_STATUS_LABELS } from '../../../domain/organisation/labels'

const TONE: Record<PipelineStatus, string> = {
  soker: 'badge',
  godkjent: 'badge',
  invitert: 'badge badge-amber',
  medlem: 'badge badge-green',
  utmeldt: 'badge badge-grey',
  avslatt: 'badge badge-red',
}

/** `short` for tight table cells: "Invitert" rather than "Invitert til signering". */
export function PipelineStatusBadge({ status, short = false }: { status: PipelineStatus; short?: boolean }) {
  return (
    <span className={TONE[status]}>
      {short ? shortPipelineStatus(status) : PIPELINE_STATUS_LABELS[status]}
    </span>
  )
}
