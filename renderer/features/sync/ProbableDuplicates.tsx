import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { listActiveOrganisations } from '../../db/repositories/organisations-repo'
import { listActivePeople } from '../../db/repositories/people-repo'
import { duplicateOrganisationGroups, duplicatePersonGroups } from '../../domain/sync/duplicate-groups'

const REASONS = { orgNumber: 'samme organisasjonsnummer', name: 'samme navn', email: 'samme e-postadresse' } as const

/** Organisations and people the one duplicate rule matches: often the same one added on two laptops. */
export function ProbableDuplicates() {
  const found = useLiveQuery(async () => {
    const orgs = await listActiveOrganisations()
    const names = new Map(orgs.map((o) => [o.id, o.name]))
    return { orgs: duplicateOrganisationGroups(orgs), people: duplicatePersonGroups((await listActivePeople()).filter((p) => names.has(p.organisationId))), names }
  }, [])
  if (!found) return null
  const none = found.orgs.length === 0 && found.people.length === 0
  return (
    <section className="card" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">Mulige duplikater</h2>
      {none ? (
        <p className="field-hint">Ingen virksomheter eller personer ser ut til å være registrert to ganger.</p>
      ) : (
        <ul aria-label="Mulige duplikater">
          {found.orgs.map((g) => (
            <li key={g.records.map((o) => o.id).join()}>
              {g.records.map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ' og '}
                  <Link to={`/virksomheter/${o.id}`}>{o.name}</Link>
                </span>
              ))}
              : {REASONS[g.reason]}
            </li>
          ))}
          {found.people.map((g) => (
            <li key={g.records.map((p) => p.id).join()}>
              {g.records.map((p) => `${p.name} (${found.names.get(p.organisationId) ?? 'ukjent virksomhet'})`).join(' og ')}: {REASONS[g.reason]}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
