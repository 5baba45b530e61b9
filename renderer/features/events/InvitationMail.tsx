import { useState } from 'react'
import { notify } from '../../components/notices'
import { compareNorwegian } from '../../lib/collation'
import { formatDate } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { planMailto } from '../../lib/mailto'
import type { EventData } from './use-event-data'

/**
 * E-mail addresses of the invited organisations' people and of everyone registered (not
 * avmeldt), by organisation and name in Norwegian order.
 */
export function inviteeAddresses({ event, people, roster, organisations }: Pick<EventData, 'event' | 'people' | 'roster' | 'organisations'>): string[] {
  const invited = new Set(event.invitedOrganisationIds ?? [])
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  const rows = [
    ...people.filter((p) => invited.has(p.organisationId)).map((p) => ({ org: orgName.get(p.organisationId) ?? '', name: p.name, email: p.email })),
    ...roster
      .filter((r) => r.registration.status !== 'avmeldt')
      .map((r) => ({ org: r.organisationName, name: r.personName, email: r.personEmail })),
  ]
  rows.sort((a, b) => compareNorwegian(a.org, b.org) || compareNorwegian(a.name, b.name))
  return rows.map((r) => r.email)
}

export function InvitationMail({ data }: { data: EventData }) {
  const [opened, setOpened] = useState<Set<number>>(new Set())
  const subject = `Invitasjon: ${data.event.title} ${formatDate(data.event.date)}`
  const plan = planMailto(inviteeAddresses(data), { bcc: true, subject })
  const joined = plan.recipients.join('; ')

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(joined)
      notify(`${plan.recipients.length} adresser er kopiert.`)
    } catch {
      notify('Kunne ikke kopiere. Merk adressene i feltet og kopier med Ctrl+C.', 'error')
    }
  }
  const open = async (index: number, url: string) => {
    const result = await desktop().openExternal({ kind: 'mailto', url })
    if (result.ok) setOpened(new Set(opened).add(index))
    else notify(hostErrorMessage(result), 'error')
  }

  return (
    <section className="card" aria-labelledby="mail-title">
      <h2 id="mail-title">Invitasjon på e-post</h2>
      {plan.recipients.length === 0 ? (
        <p className="muted">Ingen av de inviterte har e-postadresse ennå.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="mail-addresses">E-postadresser ({plan.recipients.length})</label>
            <textarea id="mail-addresses" readOnly rows={3} value={joined} />
          </div>
          {plan.rejected.length > 0 && <p className="field-error">Ugyldige adresser som er utelatt: {plan.rejected.join(', ')}</p>}
          <div className="events-mail-actions">
            <button type="button" onClick={() => void copy()}>
              Kopier adresser
            </button>
            {plan.links.map((url, i) => (
              <button key={url} type="button" className={opened.has(i) ? '' : 'button-primary'} onClick={() => void open(i, url)}>
                {plan.links.length === 1 ? 'Ny e-post med alle i Bcc' : `Ny e-post ${i + 1} av ${plan.links.length} (Bcc)`}
                {opened.has(i) && ' – åpnet'}
              </button>
            ))}
          </div>
          {plan.links.length > 1 && (
            <p className="field-hint">Adressene er delt i {plan.links.length} meldinger, så lenkene ikke blir for lange for Windows og Outlook.</p>
          )}
        </>
      )}
    </section>
  )
}
