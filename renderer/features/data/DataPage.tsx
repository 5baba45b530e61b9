import { PageHeader } from '../../components/PageHeader'
import { BackupList } from './BackupList'
import { ExportSection } from './ExportSection'
import { ImportSection } from './ImportSection'
import { PrivacySection } from './PrivacySection'
import { SpreadsheetImport } from './SpreadsheetImport'

export function DataPage() {
  return (
    <>
      <PageHeader title="Data" description="Eksport, import og sikkerhetskopier." />
      <ExportSection />
      <ImportSection />
      <SpreadsheetImport />
      <BackupList />
      <PrivacySection />
    </>
  )
}
