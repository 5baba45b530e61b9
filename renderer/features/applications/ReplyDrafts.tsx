import { useState } from 'react'
import { notify } from '../../components/notices'
import type { Applicant, Decision } from '../../db/repositories/applications-repo'
import { listLunches } from '../../db/repositories/lunches-repo'
import { loadSettings } from '../../db/repositories/settings-repo'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { todayInOslo } from '../../lib/dates'
import { replyDrafts, withoutAddress } from './reply-drafts'

export type Decided = { decision: Decision; reason: string; applicants: Applicant[] }

/** After a decision: the replies as Outlook drafts, one per organisation, in a folder the user picks. */
export function ReplyDrafts({ decided, onDone }: { decided: Decided; onDone: () => void }) {
  const [problem, setProblem] = useState<string | null>(null)
  const missing = withoutAddress(decided.applicants)
  const count = decided.applicants.length - missing.length

  const write = async () => {
    setProblem(null)
    const [settings, lunches] = await Promise.all([loadSettings(), listLunches()])
    const today = todayInOslo()
    const next = lunches.filter((l) => l.date >= today && !l.cancelledAt).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null
    const request = replyDrafts(decided.decision, decided.reason, decided.applicants, settings, next)
    if (!request) return
    const result = await desktop().writeInvitationDrafts(request)
    if (!result.ok) {
      if (result.error !== 'cancelled') setProblem(hostErrorMessage(result))
      return
    }
    notify(`${result.data.drafts.length} svarutkast er lagret i ${result.data.folder}.`)
    onDone()
  }

  return (
    <section className="reply-drafts" aria-label="Svarutkast">
      <p>
        {decided.decision === 'godkjent' ? 'Svar til de godkjente: invitasjon til neste signeringslunsj.' : 'Svar til de avslåtte, med begrunnelsen.'}
        {missing.length > 0 && ` Ingen e-postadresse for ${missing.join(', ')}.`}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          Ikke nå
        </button>
        <button type="button" className="button-primary" disabled={count === 0} onClick={() => void write()}>
          Lag {count} svarutkast
        </button>
      </div>
    </section>
  )
}
