import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { notify } from '../../components/notices'
import { loadSettings } from '../../db/repositories/settings-repo'
import { hasDesktop } from '../../lib/desktop'
import { INVITATION_FIELDS } from '../../../electron/shared/invitation-template'
import {
  RECIPIENT_GROUP_LABELS,
  canMakeCalendar,
  defaultBody,
  defaultSubject,
  draftRecipients,
  makeCalendarFile,
  makeDrafts,
  type ActionOutcome,
  type DraftKind,
  type RecipientGroup,
} from './invitation-files'
import { InvitationLog } from './InvitationLog'
import type { EventData } from './use-event-data'

const KIND_LABELS: Record<DraftKind, string> = { invitation: 'Invitasjon', reminder: 'Påminnelse' }
const fieldList = Object.entries(INVITATION_FIELDS)
  .map(([key, what]) => `{${key}} (${what})`)
  .join(', ')

function report(outcome: ActionOutcome): void {
  if (outcome.ok) notify(outcome.message)
  else if (outcome.message) notify(outcome.message, 'error')
}

/** Personal invitations and reminders as Outlook drafts, the calendar file, and the log of both. */
export function PersonalInvitations({ data }: { data: EventData }) {
  const { event, roster, people } = data
  const signature = useLiveQuery(async () => (await loadSettings()).secretariatName, []) ?? ''
  const [kind, setKind] = useState<DraftKind>('invitation')
  const [group, setGroup] = useState<RecipientGroup>('invitert')
  const [subject, setSubject] = useState<string | null>(null)
  const [body, setBody] = useState<string | null>(null)
  const [attach, setAttach] = useState(true)
  const [busy, setBusy] = useState(false)
  const { recipients, personIds, withoutEmail } = draftRecipients(roster, people, group)
  const calendarPossible = canMakeCalendar(event)
  const shownSubject = subject ?? defaultSubject(event, kind)
  const shownBody = body ?? defaultBody(event, kind, signature)

  const chooseKind = (next: DraftKind) => {
    setKind(next)
    setGroup(next === 'reminder' ? 'pameldt' : 'invitert')
    // A text the user has not touched follows the kind.
    setSubject(null)
    setBody(null)
  }

  const run = async (action: () => Promise<ActionOutcome>) => {
    setBusy(true)
    try {
      report(await action())
    } finally {
      setBusy(false)
    }
  }

  const drafts = () =>
    run(() => makeDrafts(event, { kind, subject: shownSubject.trim(), body: shownBody, recipients, personIds, attachCalendar: attach && calendarPossible }))

  return (
    <section className="card" aria-labelledby="personal-title">
      <h2 id="personal-title">Personlige invitasjoner</h2>
      <p className="field-hint">
        Ett utkast per mottaker, med navn og virksomhet fylt inn, lagres som .eml-filer i en mappe du velger. Åpne dem i Outlook og send derfra – programmet
        vet ikke hva som er sendt.
      </p>
      <div className="events-add-grid">
        <div className="field">
          <label htmlFor="draft-kind">Type</label>
          <select id="draft-kind" value={kind} onChange={(e) => chooseKind(e.target.value as DraftKind)}>
            {(Object.keys(KIND_LABELS) as DraftKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="draft-group">Mottakere</label>
          <select id="draft-group" value={group} onChange={(e) => setGroup(e.target.value as RecipientGroup)}>
            {(Object.keys(RECIPIENT_GROUP_LABELS) as RecipientGroup[]).map((g) => (
              <option key={g} value={g}>
                {RECIPIENT_GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="draft-subject">Emne</label>
        <input id="draft-subject" value={shownSubject} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="draft-body">Tekst</label>
        <textarea id="draft-body" rows={9} value={shownBody} onChange={(e) => setBody(e.target.value)} aria-describedby="draft-fields" />
        <p id="draft-fields" className="field-hint">
          Feltene fylles inn for hver mottaker: {fieldList}.
        </p>
      </div>
      <label className="events-attach">
        <input type="checkbox" checked={attach && calendarPossible} disabled={!calendarPossible} onChange={(e) => setAttach(e.target.checked)} /> Legg ved
        kalenderfil (.ics)
      </label>
      {!calendarPossible && <p className="field-hint">Kalenderfil krever start- og sluttid på arrangementet.</p>}
      {withoutEmail.length > 0 && (
        <p className="field-error" role="note">
          Uten e-postadresse, får ikke utkast: {withoutEmail.join(', ')}
        </p>
      )}
      <div className="events-mail-actions">
        <button type="button" className="button-primary" disabled={busy || recipients.length === 0 || !hasDesktop()} onClick={() => void drafts()}>
          Lag Outlook-utkast ({recipients.length})
        </button>
        <button type="button" disabled={busy || !calendarPossible || !hasDesktop()} onClick={() => void run(() => makeCalendarFile(event))}>
          {event.cancelledAt ? 'Lagre avlysning (.ics)' : 'Lagre kalenderfil (.ics)'}
        </button>
      </div>
      <InvitationLog eventId={event.id} />
    </section>
  )
}
