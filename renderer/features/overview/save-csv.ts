import { notify } from '../../components/notices'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { toCsv } from '../../lib/export/csv'

/** Hands the CSV (first row the headers) to main, which asks where to save it; a cancelled dialog is not an error. */
export async function saveCsv(suggestedName: string, [headers = [], ...rows]: string[][]): Promise<void> {
  const result = await desktop().saveFile({ suggestedName, kind: 'csv', bytes: toCsv(headers, rows) })
  if (result.ok) notify(`Lagret ${result.data.name}.`)
  else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
}
