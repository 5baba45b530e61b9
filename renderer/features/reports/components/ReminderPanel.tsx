import { useState } from 'react'
import { notify } from '../../../components/notices'
import { formatDate } from '../../../lib/dates'
import { desktop, hostErrorMessage } from '../../../lib/desktop'
import { planMailto } from '../../../lib/mailto'
import type { MemberYear } from '../../../domain/criteria/build-year'

/**
 * Climate contacts of the reports not received: ready to copy into an e-mail's Bcc, or opened as
 * new messages in the user's e-mail program, in batches short enough for Windows and Outlook.
 */
export function ReminderPanel({ rows, year, dueDate }: { rows: MemberYear[]; year: number; dueDate: string }) {
  const [shown, setShown] = useState(false)
  const missing = rows.filter((r) => !r.received && r.evaluation.reporting.status !== 'not-applicable')
  const addresses = [...new Set(missing.flatMap((r) => r.climateContacts.map((c) => c.email).filter(Boolean)))]
  const withoutAddress = missing.filter((r) => !r.climateContacts.some((c) => c.email))
  if (missing.length === 0) return null
  const plan = planMailto(addresses, {
    bcc: true,
    subject: `Påminnelse: årsrapport for ${year} til Næring for klima`,
    body: `Hei!\n\nVi har ennå ikke mottatt årsrapporten for ${year}. Fristen er ${formatDate(dueDate)}.\n\nVennlig hilsen\nSekretariatet for Næring for klima`,
  })

  const open = async (url: string, index: number) => {
    const result = await desktop().openExternal({ kind: 'mailto', url })
    if (!result.ok) notify(hostErrorMessage(result), 'error')
    else if (plan.links.length > 1) notify(`E-post ${index + 1} av ${plan.links.length} er åpnet i e-postprogrammet.`)
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(addresses.join('; '))
      notify(`${addresses.length} adresser er kopiert. Lim dem inn i Bcc-feltet.`)
    } catch {
      setShown(true)
      notify('Kunne ikke kopiere automatisk. Merk adressene i feltet og kopier dem selv.', 'error')
    }
  }

  return (
    <section className="card" aria-labelledby="reminder-title">
      <h2 id="reminder-title">Påminnelser for {year}</h2>
      <p>
        {missing.length} {missing.length === 1 ? 'virksomhet har' : 'virksomheter har'} ikke levert. {addresses.length}{' '}
        {addresses.length === 1 ? 'klimakontakt har' : 'klimakontakter har'} e-postadresse.
      </p>
      <div className="page-actions">
        <button type="button" className="button-primary" onClick={copy} disabled={addresses.length === 0}>
          Kopier e-postadressene
        </button>
        <button type="button" onClick={() => setShown(!shown)} aria-expanded={shown} disabled={addresses.length === 0}>
          {shown ? 'Skjul adressene' : 'Vis adressene'}
        </button>
      </div>
      {plan.links.length > 0 && (
        <div className="mailto-batches">
          <p className="field-hint">
            {plan.links.length === 1
              ? 'Alle mottakerne får plass i én e-post (i Bcc).'
              : `Mottakerne er delt på ${plan.links.length} e-poster (i Bcc), så lenkene ikke blir for lange for Windows og Outlook.`}
          </p>
          <div className="page-actions">
            {plan.links.map((url, i) => (
              <button key={url} type="button" onClick={() => void open(url, i)}>
                {plan.links.length === 1 ? 'Skriv påminnelse i e-postprogrammet' : `Skriv påminnelse ${i + 1} av ${plan.links.length}`}
              </button>
            ))}
          </div>
        </div>
      )}
      {shown && (
        <div className="field reminder-addresses">
          <label htmlFor="reminder-addresses">E-postadresser til klimakontaktene</label>
          <textarea id="reminder-addresses" readOnly rows={4} value={addresses.join('; ')} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {withoutAddress.length > 0 && (
        <p className="field-hint">
          Uten klimakontakt med e-post: {withoutAddress.map((r) => r.organisation.name).join(', ')}.
        </p>
      )}
    </section>
  )
}
