import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { emptyTrash, listTrash, restoreOrganisation } from '../../db/repositories/trash-repo'
import { formatTimestamp } from '../../lib/dates'
import { formatOrgNumber } from '../../lib/org-number'

async function restore(id: string, name: string) {
  await restoreOrganisation(id)
  notify(`${name} er gjenopprettet med personene sine.`)
}

/** /virksomheter/papirkurv: restore whole, or empty for good after a question. */
export function TrashPage() {
  const trash = useLiveQuery(listTrash, [])
  const [confirming, setConfirming] = useState(false)

  const empty = async () => {
    setConfirming(false)
    const count = await emptyTrash()
    notify(`Papirkurven er tømt (${count} virksomhet${count === 1 ? '' : 'er'} slettet for godt).`)
  }

  return (
    <>
      <PageHeader
        title="Papirkurv"
        description="Slettede virksomheter med personene sine. Mens de ligger her, er de skjult overalt i programmet og telles ikke med."
        actions={
          <>
            <Link className="button" to="/virksomheter">
              Tilbake til virksomheter
            </Link>
            {trash && trash.length > 0 && (
              <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
                Tøm papirkurven
              </button>
            )}
          </>
        }
      />
      {trash && trash.length === 0 && (
        <EmptyState title="Papirkurven er tom">
          <p>Virksomheter du sletter, havner her og kan gjenopprettes.</p>
        </EmptyState>
      )}
      {trash && trash.length > 0 && (
        <section className="card" aria-label="Innhold i papirkurven">
          <table>
            <caption className="visually-hidden">Virksomheter i papirkurven</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Org.nr.</th>
                <th scope="col">Personer</th>
                <th scope="col">Slettet</th>
                <th scope="col">
                  <span className="visually-hidden">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.map(({ organisation: o, peopleCount }) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{formatOrgNumber(o.orgNumber)}</td>
                  <td>{peopleCount}</td>
                  <td>{o.deletedAt ? formatTimestamp(o.deletedAt) : ''}</td>
                  <td className="cell-actions">
                    <button type="button" aria-label={`Gjenopprett ${o.name}`} onClick={() => void restore(o.id, o.name)}>
                      Gjenopprett
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        title="Tømme papirkurven?"
        message={`${trash?.length ?? 0} virksomhet(er) og personene deres slettes for godt og kan ikke gjenopprettes.`}
        confirmLabel="Slett for godt"
        danger
        onConfirm={() => void empty()}
        onCancel={() => setConfirming(false)}
      />
    </>
  )
}
