import type { Organisation, PipelineStatus } from '../../../db/models'
import { pipelineStatusText, shortPipelineStatus, PIPELINE_STATUS_LABELS } from '../../../domain/organisation/labels'

const TONE: Record<PipelineStatus, string> = {
  soker: 'badge',
  godkjent: 'badge',
  invitert: 'badge badge-amber',
  medlem: 'badge badge-green',
  utmeldt: 'badge badge-grey',
  avslatt: 'badge badge-red',
}

type Props =
  /** The organisation: a signed partner's badge says "Partner", a signed member's "Medlem". */
  | { organisation: Pick<Organisation, 'status' | 'tier'>; status?: never; short?: boolean }
  /**
   * A bare status, where the tier is not at hand: the signed end state reads "Signert". Kept for the
   * register's table until it passes its row's organisation (`organisation={r.org}`).
   */
  | { status: PipelineStatus; organisation?: never; short?: boolean }

/**
 * `short` for tight table cells: "Invitert" rather than "Invitert til signering"; the column header
 * says what it is. Standing alone (the organisation's page, beside its tier), it is read out as
 * "Status: Partner", so a screen reader does not hear the tier twice without knowing why.
 */
export function PipelineStatusBadge({ organisation, status, short = false }: Props) {
  const code = organisation ? organisation.status : status
  const text = organisation ? pipelineStatusText(organisation, short ? 'short' : 'long') : short ? shortPipelineStatus(code) : PIPELINE_STATUS_LABELS[code]
  return (
    <span className={TONE[code]}>
      {!short && <span className="visually-hidden">Status: </span>}
      {text}
    </span>
  )
}
