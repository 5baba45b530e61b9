import { useLiveQuery } from 'dexie-react-hooks'
import { Link, useNavigate, useParams } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { deleteLunch, loadLunchView, restoreLunch } from '../../db/repositories/lunches-repo'
import { formatDate } from '../../lib/dates'
import { CandidatesSection } from './components/CandidatesSection'
import { GuestsSection } from './components/GuestsSection'
import { HostsSection } from './components/HostsSection'
import { LunchDetails } from './components/LunchDetails'
import { LunchInvitation } from './components/LunchInvitation'
import { SigningSection } from './components/SigningSection'
import { SpeakingOrderSection } from './components/SpeakingOrderSection'
import { PrintSection } from './print/PrintSection'
import { SeatingSection } from './seating/SeatingSection'

const SECTIONS = [
  ['om-lunsjen', 'Om lunsjen'],
  ['kandidater', 'Kandidater'],
  ['gjester', 'Gjester'],
  ['bord', 'Bord'],
  ['taleliste', 'Taleliste'],
  ['utskrifter', 'Utskrifter'],
  ['etter-lunsjen', 'Etter lunsjen'],
] as const

/** One signing lunch from invitations to "Registrer signering". */
export function LunchPlannerPage() {
  const { lunchId = '' } = useParams()
  const navigate = useNavigate()
  const view = useLiveQuery(async () => (await loadLunchView(lunchId)) ?? false, [lunchId])
  if (view === undefined) return <PageHeader title="Signeringslunsj" />
  if (view === false)
    return (
      <>
        <PageHeader title="Signeringslunsj" />
        <EmptyState title="Fant ikke signeringslunsjen">
          <p>
            Den kan være slettet. <Link to="/signeringslunsjer">Tilbake til alle signeringslunsjer</Link>
          </p>
        </EmptyState>
      </>
    )
  const lunch = view.lunch
  const onDelete = async () => {
    await deleteLunch(lunch.id)
    notify('Signeringslunsjen er slettet.', 'success', { label: 'Angre', run: () => void restoreLunch(lunch.id) })
    void navigate('/signeringslunsjer')
  }
  return (
    <>
      <PageHeader
        title={`Signeringslunsj ${formatDate(lunch.date)}`}
        description={`${lunch.startTime.replace(':', '.')}–${lunch.endTime.replace(':', '.')}, ${[lunch.place, lunch.room].filter(Boolean).join(', ')}`}
        actions={
          <>
            <Link className="button" to="/signeringslunsjer">
              Alle lunsjer
            </Link>
            <Link className="button" to={`/arrangementer/${lunch.id}/innsjekking`}>
              Innsjekking
            </Link>
            <button type="button" onClick={() => void onDelete()}>
              Slett lunsjen
            </button>
          </>
        }
      />
      <nav className="section-nav" aria-label="Deler av lunsjen">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`} onClick={(e) => { e.preventDefault(); document.getElementById(id)?.scrollIntoView() }}>
            {label}
          </a>
        ))}
      </nav>
      <div id="om-lunsjen">
        <LunchDetails key={lunch.id} lunch={lunch} />
        <HostsSection lunch={lunch} />
      </div>
      <div id="kandidater">
        <CandidatesSection view={view} />
        <LunchInvitation eventId={lunch.id} />
      </div>
      <div id="gjester">
        <GuestsSection view={view} />
      </div>
      <div id="bord">
        <SeatingSection view={view} />
      </div>
      <div id="taleliste">
        <SpeakingOrderSection view={view} />
      </div>
      <div id="utskrifter">
        <PrintSection view={view} />
      </div>
      <div id="etter-lunsjen">
        <SigningSection view={view} />
      </div>
    </>
  )
}
