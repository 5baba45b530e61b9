import { PageHeader } from '../../components/PageHeader'
import { BackupList } from './BackupList'
import { BackupWarning } from './BackupWarning'
import { ExportSection } from './ExportSection'
import { ImportSection } from './ImportSection'
import { PrivacySection } from './PrivacySection'
import { SpreadsheetImport } from './SpreadsheetImport'

export function DataPage() {
  return (
    <>
      <PageHeader title="Data" description="Eksport, import og sikkerhetskopier." />
      <BackupWarning />
      <ExportSection />
      <ImportSection />
      <SpreadsheetImport />
      <BackupList />
      <PrivacySection />
    </>
  )
}
