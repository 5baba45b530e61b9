import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { notify } from '../../../components/notices'
import type { Person } from '../../../db/models'
import { peopleOf, removePerson, restorePerson } from '../../../db/repositories/people-repo'
import { compareNorwegian } from '../../../lib/collation'
import { ROLE_KEYS, rolesText } from '../../../domain/organisation/labels'
import { MailLink } from './ExternalLinks'
import { PersonForm } from './PersonForm'

const rank = (p: Person) => Math.min(...p.roles.map((r) => ROLE_KEYS.indexOf(r)), ROLE_KEYS.length)

async function remove(person: Person) {
  await removePerson(person.id)
  notify(`${person.name} er fjernet.`, 'success', { label: 'Angre', run: () => void restorePerson(person.id) })
}

/** People of the organisation with their roles; add, edit, remove (with undo). */
export function PeopleSection({ organisationId }: { organisationId: string }) {
  const people = useLiveQuery(async () => (await peopleOf(organisationId)).sort((a, b) => rank(a) - rank(b) || compareNorwegian(a.name, b.name)), [organisationId])
  const [editing, setEditing] = useState<Person | 'new' | null>(null)

  return (
    <section className="card" aria-labelledby="people-heading">
      <div className="section-head">
        <h2 id="people-heading">Personer</h2>
        {editing === null && (
          <button type="button" onClick={() => setEditing('new')}>
            Legg til person
          </button>
        )}
      </div>
      {people && people.length === 0 && editing === null && <p>Ingen personer registrert. Legg til toppleder og klimakontakt.</p>}
      {people && people.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Personer</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Tittel</th>
                <th scope="col">Roller</th>
                <th scope="col">E-post</th>
                <th scope="col">Telefon</th>
                <th scope="col">
                  <span className="visually-hidden">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.title}</td>
                  <td>{rolesText(p.roles)}</td>
                  <td>{p.email && <MailLink email={p.email} />}</td>
                  <td className="nowrap">{p.phone}</td>
                  <td className="cell-actions">
                    <button type="button" className="button-link" aria-label={`Rediger ${p.name}`} onClick={() => setEditing(p)}>
                      Rediger
                    </button>
                    <button type="button" className="button-link" aria-label={`Fjern ${p.name}`} onClick={() => void remove(p)}>
                      Fjern
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing !== null && (
        <PersonForm
          key={editing === 'new' ? 'new' : editing.id}
          organisationId={organisationId}
          person={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}
