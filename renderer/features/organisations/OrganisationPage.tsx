import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { getOrganisation } from '../../db/repositories/organisations-repo'
import { restoreOrganisation, trashOrganisation } from '../../db/repositories/trash-repo'
import { AssessmentSummary } from './components/AssessmentSummary'
import { HistorySection } from './components/HistorySection'
import { OrganisationDetails } from './components/OrganisationDetails'
import { PeopleSection } from './components/PeopleSection'
import { PeopleDuplicates } from './merge/PeopleDuplicates'
import { PipelineStatusBadge } from './components/PipelineStatusBadge'
import { StatusSection } from './components/StatusSection'
import { TIER_LABELS } from '../../domain/organisation/labels'
import { ORGANISATION_PANELS } from './panels'

/** /virksomheter/:id — one organisation, with panels other features add through panels.ts. */
export function OrganisationPage() {
  const { id = '' } = useParams()
  const org = useLiveQuery(async () => (await getOrganisation(id)) ?? null, [id])
  const [confirming, setConfirming] = useState(false)
  const navigate = useNavigate()

  if (org === undefined) return <PageHeader title="Virksomhet" />
  if (org?.mergedInto) {
    return (
      <>
        <PageHeader title="Virksomhet" />
        <EmptyState title="Virksomheten er slått sammen">
          <p>{org.name} ble slått sammen med en annen virksomhet, som har alt som hørte til den.</p>
          <Link to={`/virksomheter/${org.mergedInto}`}>Åpne virksomheten den ble slått sammen med</Link>
        </EmptyState>
      </>
    )
  }
  if (!org || org.deletedAt) {
    return (
      <>
        <PageHeader title="Virksomhet" />
        <EmptyState title="Fant ikke virksomheten">
          <p>{org?.deletedAt && !org.erasedAt ? 'Den ligger i papirkurven.' : 'Den finnes ikke lenger.'}</p>
          <Link to="/virksomheter/papirkurv">Åpne papirkurven</Link>
        </EmptyState>
      </>
    )
  }

  const trash = async () => {
    setConfirming(false)
    await trashOrganisation(org.id)
    notify(`${org.name} er flyttet til papirkurven.`, 'success', {
      label: 'Angre',
      run: () => void restoreOrganisation(org.id).then(() => notify(`${org.name} er gjenopprettet.`)),
    })
    void navigate('/virksomheter')
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/virksomheter">← Virksomheter</Link>
      </p>
      <PageHeader
        title={org.name}
        description={`${TIER_LABELS[org.tier]}${org.sector ? ` · ${org.sector}` : ''}`}
        actions={
          <>
            <PipelineStatusBadge organisation={org} />
            <Link className="button button-primary" to={`/virksomheter/${org.id}/rediger`}>
              Rediger
            </Link>
            <button type="button" onClick={() => setConfirming(true)}>
              Slett
            </button>
          </>
        }
      />
      <div className="org-grid">
        <OrganisationDetails org={org} />
        <StatusSection org={org} />
      </div>
      <PeopleDuplicates organisationId={org.id} />
      <PeopleSection organisationId={org.id} />
      <AssessmentSummary org={org} />
      {org.notes && (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notater</h2>
          <p className="notes">{org.notes}</p>
        </section>
      )}
      {ORGANISATION_PANELS.map(({ id: panelId, title, Component }) => (
        <section key={panelId} className="card" aria-label={title}>
          <h2>{title}</h2>
          <Component organisationId={org.id} />
        </section>
      ))}
      <HistorySection organisationId={org.id} />
      {/* Mounted only while asked: ConfirmDialog's heading id is fixed, and the page can hold another. */}
      {confirming && (
        <ConfirmDialog
          open
          title={`Slette ${org.name}?`}
          message="Virksomheten og personene flyttes til papirkurven. Der kan du gjenopprette alt, helt til papirkurven tømmes."
          confirmLabel="Flytt til papirkurven"
          danger
          onConfirm={() => void trash()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  )
}
