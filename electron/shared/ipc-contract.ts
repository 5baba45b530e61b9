/**
 * The one contract between renderer, preload and main: channel names, request schemas,
 * response types, error codes and the DesktopApi type. Imports nothing from Electron or Node.
 * Each capability adds its channels in `channels/<capability>.ts` and registers them here.
 */
import type { z } from 'zod'
import { appChannels } from './channels/app'
import { backupChannels } from './channels/backup'
import { badgesChannels } from './channels/badges'
import { calendarChannels } from './channels/calendar'
import { contractsChannels } from './channels/contracts'
import { reportsChannels } from './channels/reports'
import type { ChannelSpec } from './channels/define'
import { eventsChannels } from './channels/events'
import { filesChannels } from './channels/files'
import { invitationsChannels } from './channels/invitations'
import { jobsChannels } from './channels/jobs'
import { kitchenChannels } from './channels/kitchen'
import { lunchesChannels } from './channels/lunches'
import { syncChannels } from './channels/sync'
import type { Result } from './result'

export const channels = {
  ...appChannels,
  ...filesChannels,
  ...backupChannels,
  ...contractsChannels,
  ...reportsChannels,
  ...eventsChannels,
  ...lunchesChannels,
  ...calendarChannels,
  ...invitationsChannels,
  ...badgesChannels,
  ...kitchenChannels,
  ...syncChannels,
  ...jobsChannels,
} satisfies Record<string, ChannelSpec>

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>
export type ResponseOf<C extends ChannelName> = NonNullable<Channels[C]['response']>

export const channelNames = Object.keys(channels) as ChannelName[]
export const ipcChannel = (name: ChannelName): string => `nfk:${name}`
export const EVENT_CHANNEL = 'nfk:event'

/** Events main pushes to the page (progress of long work). */
export type HostEvent =
  | {
      type: 'progress'
      jobId: string
      done: number
      total: number
      label: string
    }
  /** Main is closing and asks the page for a last backup (answered with `closeBackupDone`). */
  | { type: 'backup-before-close' }

export type DesktopApi = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
} & {
  onEvent: (listener: (event: HostEvent) => void) => () => void
}

/** Builds the API from one invoke function; the preload and the e2e stand-in both use it. */
export function createDesktopApi(
  invoke: (channel: string, request: unknown) => Promise<unknown>,
  subscribe: (listener: (event: HostEvent) => void) => () => void,
): DesktopApi {
  const api: Record<string, unknown> = { onEvent: subscribe }
  for (const name of channelNames) {
    api[name] = (request: unknown) => invoke(ipcChannel(name), request)
  }
  return api as DesktopApi
}

export type { Result, ErrorCode } from './result'
