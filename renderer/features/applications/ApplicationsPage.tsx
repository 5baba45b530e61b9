import { PageHeader } from '../../components/PageHeader'
import { ApplicationImport } from './ApplicationImport'
import { ApplicationQueue } from './ApplicationQueue'
import './applications.css'

/** /soknader — the applications from the form: import, then the review queue. */
export function ApplicationsPage() {
  return (
    <>
      <PageHeader title="Søknader" description="Søknader fra søknadsskjemaet, eldste søknad først. Vurder kriteriene og gjør vedtak." />
      <ApplicationQueue />
      <ApplicationImport />
    </>
  )
}
