import { notify } from '../../../components/notices'
import { desktop, hostErrorMessage } from '../../../lib/desktop'
import type { OpenExternalRequest } from '../../../../electron/shared/channels/app'

/** Links leave the app only through main's guard (mailto, and https after the user confirms). */
async function open(request: OpenExternalRequest) {
  const result = await desktop().openExternal(request)
  if (!result.ok && result.error !== 'cancelled') notify(`Kunne ikke åpne lenken. ${hostErrorMessage(result)}`, 'error')
}

export function MailLink({ email }: { email: string }) {
  return (
    <button type="button" className="button-link link-inline" onClick={() => void open({ kind: 'mailto', url: `mailto:${email}` })}>
      {email}
    </button>
  )
}

/** `www.firma.no` opens as `https://www.firma.no`. */
export function WebLink({ website }: { website: string }) {
  const url = /^https?:\/\//i.test(website) ? website.replace(/^http:/i, 'https:') : `https://${website}`
  return (
    <button type="button" className="button-link link-inline" onClick={() => void open({ kind: 'web', url })}>
      {website}
    </button>
  )
}
