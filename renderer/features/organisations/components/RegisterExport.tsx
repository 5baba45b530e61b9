import { useState } from 'react'
import { notify } from '../../../components/notices'
import type { FileKind } from '../../../../electron/shared/channels/files'
import { todayInOslo } from '../../../lib/dates'
import { desktop, hostErrorMessage } from '../../../lib/desktop'
import type { RegisterRow } from '../register-rows'
import { readRegisterRecords } from '../../../db/repositories/register-repo'

/** Exports exactly the rows shown (search, filters and sort applied). */
export function RegisterExport({ rows }: { rows: RegisterRow[] }) {
  const [busy, setBusy] = useState(false)

  const save = async (kind: Extract<FileKind, 'csv' | 'xlsx'>) => {
    setBusy(true)
    try {
      // The export code loads when first used, not with the register's page.
      // The list holds each organisation's narrow entry; the export writes more (address, e-mail,
      // phone), so the full records of the rows shown are read now, in the same order.
      const [{ registerCsv, registerXlsx }, records] = await Promise.all([import('../export'), readRegisterRecords(rows.map((r) => r.org.id))])
      const bytes = kind === 'csv' ? registerCsv(records) : await registerXlsx(records)
      const result = await desktop().saveFile({ suggestedName: `virksomheter-${todayInOslo()}.${kind}`, kind, bytes })
      if (result.ok) notify(`Eksporterte ${rows.length} ${rows.length === 1 ? 'virksomhet' : 'virksomheter'} til ${result.data.name}.`)
      else if (result.error !== 'cancelled') notify(`Eksporten ble ikke lagret. ${hostErrorMessage(result)}`, 'error')
    } catch (error) {
      notify(`Eksporten ble ikke lagret: ${(error as Error).message}`, 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="register-export" role="group" aria-label="Eksport av det som vises">
      <button type="button" disabled={busy || rows.length === 0} onClick={() => void save('csv')}>
        Eksporter CSV
      </button>
      <button type="button" disabled={busy || rows.length === 0} onClick={() => void save('xlsx')}>
        Eksporter Excel
      </button>
    </div>
  )
}
