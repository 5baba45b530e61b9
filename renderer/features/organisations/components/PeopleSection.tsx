import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { DataTable, type Column } from '../../../components/DataTable'
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

/** The list's columns; `edit` opens a person's form. */
function peopleColumns(edit: (person: Person) => void): readonly Column<Person>[] {
  return [
    { key: 'name', header: 'Navn', cell: (p) => p.name },
    { key: 'title', header: 'Tittel', cell: (p) => p.title },
    { key: 'roles', header: 'Roller', cell: (p) => rolesText(p.roles) },
    { key: 'email', header: 'E-post', cell: (p) => p.email && <MailLink email={p.email} /> },
    { key: 'phone', header: 'Telefon', className: 'nowrap', cell: (p) => p.phone },
    {
      key: 'actions',
      header: 'Handlinger',
      headerHidden: true,
      className: 'cell-actions',
      cell: (p) => (
        <>
          <button type="button" className="button-link" aria-label={`Rediger ${p.name}`} onClick={() => edit(p)}>
            Rediger
          </button>
          <button type="button" className="button-link" aria-label={`Fjern ${p.name}`} onClick={() => void remove(p)}>
            Fjern
          </button>
        </>
      ),
    },
  ]
}

/** People of the organisation with their roles; add, edit, remove (with undo). */
export function PeopleSection({ organisationId }: { organisationId: string }) {
  const people = useLiveQuery(async () => (await peopleOf(organisationId)).sort((a, b) => rank(a) - rank(b) || compareNorwegian(a.name, b.name)), [organisationId])
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const columns = useMemo(() => peopleColumns(setEditing), [])

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
      {/* While a person is being added to an empty list, the form says enough. */}
      {people && (people.length > 0 || editing === null) && (
        <div className="table-scroll">
          <DataTable caption="Personer" columns={columns} rows={people} rowKey={(p) => p.id} empty="Ingen personer registrert. Legg til toppleder og klimakontakt." />
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
