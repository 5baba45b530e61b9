import { notify } from '../../components/notices'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { toCsv } from '../criteria/csv'

/** Hands the CSV to main, which asks where to save it; a cancelled dialog is not an error. */
export async function saveCsv(suggestedName: string, rows: string[][]): Promise<void> {
  const result = await desktop().saveFile({ suggestedName, kind: 'csv', bytes: toCsv(rows) })
  if (result.ok) notify(`Lagret ${result.data.name}.`)
  else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
}
