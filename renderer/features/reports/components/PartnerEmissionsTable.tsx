import { DataTable, type Column } from '../../../components/DataTable'
import type { AnnualReport } from '../../../db/models'
import { changeText, emissionsByYear, tonnesText, type EmissionsYear } from '../../../domain/report/partner-emissions'
import { formatDate } from '../../../lib/dates'

const COLUMNS: Column<EmissionsYear>[] = [
  { key: 'year', header: 'År', rowHeader: true, cell: (y) => y.year },
  { key: 'reported', header: 'Levert via Klimapartnere', cell: (y) => (y.reportedOn ? formatDate(y.reportedOn) : 'Ikke levert') },
  { key: 'scope1', header: 'Scope 1', className: 'cell-number', cell: (y) => tonnesText(y.tonnes.scope1) },
  { key: 'scope2', header: 'Scope 2', className: 'cell-number', cell: (y) => tonnesText(y.tonnes.scope2) },
  { key: 'scope3', header: 'Scope 3', className: 'cell-number', cell: (y) => tonnesText(y.tonnes.scope3) },
  { key: 'total', header: 'Sum', className: 'cell-number', cell: (y) => <strong>{tonnesText(y.total)}</strong> },
  { key: 'change', header: 'Endring fra året før', className: 'cell-number', cell: (y) => changeText(y.change) },
]

/** A partner's climate accounts per year, as reported through Klimapartnere (tonnes CO₂e). */
export function PartnerEmissionsTable({ reports }: { reports: AnnualReport[] }) {
  const years = emissionsByYear(reports)
  return (
    <>
      <h3>Klimaregnskap via Klimapartnere</h3>
      <DataTable caption="Klimaregnskap via Klimapartnere (tonn CO₂e)" columns={COLUMNS} rows={years} rowKey={(y) => String(y.year)} empty="Ingen årsrapporter er registrert." />
      <p className="field-hint">Tonn CO₂e per scope, fra årsrapportenes partnerdel. Endringen gjelder summen mot året før.</p>
    </>
  )
}
