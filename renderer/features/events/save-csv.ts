import { notify } from '../../components/notices'
import { desktop, hostErrorMessage } from '../../lib/desktop'

/** Saves CSV text through main's save dialog and says where it went. */
export async function saveCsv(suggestedName: string, text: string): Promise<void> {
  const result = await desktop().saveFile({ suggestedName, kind: 'csv', bytes: new TextEncoder().encode(text) })
  if (result.ok) notify(`Lagret ${result.data.name}.`)
  else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
}
