/**
 * Every main-process handler, built from plain Node modules. Electron's main and the e2e test
 * host both serve exactly this map through `createDispatch`.
 */
import type { HandlerMap } from '../ipc/handle'
import { createAppHandlers } from './app-handlers'
import { createBackupHandlers } from './backup-handlers'
import type { HostContext } from './context'
import { createContractHandlers } from './contract-handlers'
import { createEventsHandlers } from './events-handlers'
import { createFileHandlers } from './file-handlers'
import { createInvitationHandlers } from './invitation-handlers'
import { createJobHandlers } from './jobs'
import { createMeetingDocumentHandlers } from './meeting-document-handlers'
import { createReportHandlers } from './reports-handlers'
import { createLunchHandlers } from './lunch-handlers'
import { createSyncHandlers } from './sync-handlers'

export function createHandlers(ctx: HostContext): HandlerMap {
  return {
    ...createAppHandlers(ctx),
    ...createFileHandlers(ctx),
    ...createBackupHandlers(ctx),
    ...createContractHandlers(ctx),
    ...createReportHandlers(ctx),
    ...createEventsHandlers(ctx),
    ...createLunchHandlers(ctx),
    ...createInvitationHandlers(ctx),
    ...createMeetingDocumentHandlers(ctx),
    ...createSyncHandlers(ctx),
    ...createJobHandlers(ctx),
  }
}
