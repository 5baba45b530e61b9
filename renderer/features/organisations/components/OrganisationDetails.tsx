import type { Organisation } from '../../../db/models'
import { formatOrgNumber } from '../../../../electron/shared/org-number'
import { TIER_LABELS } from '../../../domain/organisation/labels'
import { tierChangeText } from '../../../domain/organisation/tier-history'
import { formatDate } from '../../../lib/dates'
import { WebLink } from './ExternalLinks'

const dash = (v: string) => v || '–'

export function OrganisationDetails({ org }: { org: Organisation }) {
  const { street, postalCode, postalPlace, municipality } = org.address
  // A postal place is not a municipality (Lysaker is in Bærum): both are shown when they differ.
  const place = postalPlace || municipality
  const address = [street, [postalCode, place].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const inMunicipality = postalPlace && municipality && postalPlace !== municipality ? ` (${municipality} kommune)` : ''
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Opplysninger</h2>
      <dl className="details">
        <dt>Organisasjonsnummer</dt>
        <dd>{dash(formatOrgNumber(org.orgNumber))}</dd>
        <dt>Bransje</dt>
        <dd>{dash(org.sector)}</dd>
        <dt>Besøksadresse</dt>
        <dd>{address ? `${address}${inMunicipality}` : '–'}</dd>
        <dt>Nettsted</dt>
        <dd>{org.website ? <WebLink website={org.website} /> : '–'}</dd>
        <dt>Antall ansatte</dt>
        <dd>{dash(org.employeeBand)}</dd>
        <dt>Nivå</dt>
        <dd>{TIER_LABELS[org.tier]}</dd>
        {(org.tierHistory?.length ?? 0) > 0 && (
          <>
            <dt>Nivåhistorikk</dt>
            <dd>
              <ul className="plain-list" aria-label="Nivåhistorikk">
                {org.tierHistory!.map((c) => (
                  <li key={`${c.date}-${c.to}`}>
                    {formatDate(c.date)}: {tierChangeText(c)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {org.tier === 'partner' && (
          <>
            <dt>Partnerkontingent</dt>
            <dd>
              {org.partnerFee.length === 0
                ? 'Ingen år registrert'
                : org.partnerFee.map((f) => (
                    <span key={f.year} className="fee-line">
                      {f.year}: {f.amount.toLocaleString('nb-NO')} kr – {f.paid ? 'betalt' : <strong>{f.invoiced ? 'fakturert, ikke betalt' : 'ikke fakturert'}</strong>}
                    </span>
                  ))}
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
