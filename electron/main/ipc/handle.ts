/**
 * The one handler wrapper: checks the sender, parses the payload with the channel's schema, and
 * maps anything thrown to a result. Electron's ipcMain and the e2e test host both call through it.
 */
import { channels, type ChannelName, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc-contract'
import { err, type Result } from '../../shared/result'
import { originOf } from '../security'

export type SenderInfo = {
  /** URL of the frame that sent the message. */
  url: string
  /** Whether the message came from a window this app created (the top frame). */
  fromAppWindow: boolean
}

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>) => Promise<Result<ResponseOf<C>>>
export type HandlerMap = { [C in ChannelName]: Handler<C> }

export type Dispatch = (name: string, sender: SenderInfo, payload: unknown) => Promise<Result<unknown>>

export function isTrustedSender(sender: SenderInfo, allowedOrigins: readonly string[]): boolean {
  if (!sender.fromAppWindow) return false
  // The same origin rule as navigation and permissions (scheme and host: custom schemes have origin "null").
  const origin = originOf(sender.url)
  return origin !== null && allowedOrigins.includes(origin)
}

export function createDispatch(
  handlers: HandlerMap,
  allowedOrigins: readonly string[],
  log: (message: string, error?: unknown) => void = () => {},
): Dispatch {
  return async (name, sender, payload) => {
    if (!Object.hasOwn(channels, name)) return err('invalid-request', `ukjent kanal: ${name}`)
    const channel = name as ChannelName
    if (!isTrustedSender(sender, allowedOrigins)) {
      log(`refused ${channel} from ${sender.url}`)
      return err('forbidden-sender')
    }
    const parsed = channels[channel].request.safeParse(payload)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return err('invalid-request', issue ? `${issue.path.join('.')}: ${issue.message}` : undefined)
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>
      return await handler(parsed.data)
    } catch (error) {
      log(`handler ${channel} failed`, error)
      return err('internal', error instanceof Error ? error.message : String(error))
    }
  }
}
