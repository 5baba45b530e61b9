import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { emptyTrash, listTrash, restoreOrganisation, type TrashedOrganisation } from '../../db/repositories/trash-repo'
import { formatTimestamp } from '../../lib/dates'
import { formatOrgNumber } from '../../../electron/shared/org-number'

async function restore(id: string, name: string) {
  await restoreOrganisation(id)
  notify(`${name} er gjenopprettet med personene sine.`)
}

const COLUMNS: Column<TrashedOrganisation>[] = [
  { key: 'name', header: 'Navn', cell: (t) => t.organisation.name },
  { key: 'orgNumber', header: 'Org.nr.', cell: (t) => formatOrgNumber(t.organisation.orgNumber) },
  { key: 'people', header: 'Personer', cell: (t) => t.peopleCount },
  { key: 'deleted', header: 'Slettet', cell: (t) => (t.organisation.deletedAt ? formatTimestamp(t.organisation.deletedAt) : '') },
  {
    key: 'actions',
    header: 'Handling',
    headerHidden: true,
    className: 'cell-actions',
    cell: ({ organisation: o }) => (
      <button type="button" aria-label={`Gjenopprett ${o.name}`} onClick={() => void restore(o.id, o.name)}>
        Gjenopprett
      </button>
    ),
  },
]

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
      {trash && (
        <DataTable
          caption="Virksomheter i papirkurven"
          card="Innhold i papirkurven"
          columns={COLUMNS}
          rows={trash}
          rowKey={(t) => t.organisation.id}
          empty={{ title: 'Papirkurven er tom', children: <p>Virksomheter du sletter, havner her og kan gjenopprettes.</p> }}
        />
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
