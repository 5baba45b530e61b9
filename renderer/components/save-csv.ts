import { desktop, hostErrorMessage } from '../lib/desktop'
import { notify } from './notices'

/**
 * Hands a CSV file (its bytes, from `toCsv`/`csvOfTable` in lib/export/csv) to main, which asks
 * where to save it, and says where it went. A cancelled dialog is not an error.
 */
export async function saveCsv(suggestedName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const result = await desktop().saveFile({ suggestedName, kind: 'csv', bytes })
  if (result.ok) notify(`Lagret ${result.data.name}.`)
  else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
}
