/**
 * Invitations in main: personal drafts as `.eml` files in a folder the user picks once per batch,
 * and the event's calendar file. The page never names a path; main asks or uses its output folder.
 */
import path from 'node:path'
import type { CalendarEvent, CalendarKind } from '../../shared/channels/calendar'
import type { InvitationDraft } from '../../shared/channels/invitations'
import { err, ok, type Err } from '../../shared/result'
import { CalendarError, buildIcs } from '../calendar/ics'
import { realFs, writeFileAtomic } from '../files/atomic-write'
import { fileFailure } from '../files/file-errors'
import { safeFileName, uniquePath } from '../files/file-names'
import type { HandlerMap } from '../ipc/handle'
import { RecipientAddressError, composeInvitationDrafts } from '../mail/invitation-drafts'
import { InvalidAddressError } from '../mail/mime'
import type { HostContext } from './context'
import { chooseOutputTarget } from './pdf-output'

type InvitationHandlers = Pick<HandlerMap, 'writeInvitationDrafts' | 'writeCalendarFile'>

export const DRAFTS_FOLDER_TITLE = 'Velg mappe for e-postutkastene'

/** What the page was sent is wrong in a way the schema cannot see (an address, a date); anything else is a bug. */
function refusedInput(error: unknown): Err {
  if (error instanceof RecipientAddressError || error instanceof InvalidAddressError || error instanceof CalendarError) {
    return err('invalid-data', error.message)
  }
  throw error
}

const dottedDate = (iso: string) => iso.split('-').toReversed().join('.')

export function calendarFileName(event: CalendarEvent, kind: CalendarKind): string {
  const base = `${kind === 'cancellation' ? 'Avlyst ' : ''}${event.title} ${dottedDate(event.date)}`
  return safeFileName(base, { extension: 'ics', fallback: 'Arrangement' })
}

export function createInvitationHandlers(ctx: HostContext): InvitationHandlers {
  const { services } = ctx
  const now = () => services.now?.() ?? new Date()
  const fs = services.fileSystem ?? realFs

  return {
    writeCalendarFile: async ({ event, kind }) => {
      let text: string
      try {
        text = buildIcs(event, kind, now())
      } catch (error) {
        return refusedInput(error)
      }
      const target = await chooseOutputTarget(ctx, calendarFileName(event, kind), 'ics')
      if (!target) return err('cancelled')
      try {
        await writeFileAtomic(target, text, { fs })
      } catch (error) {
        services.log('writeCalendarFile failed', error)
        return fileFailure(error, target)
      }
      ctx.written.add(target)
      return ok({ path: target, name: path.basename(target) })
    },

    writeInvitationDrafts: async (request) => {
      // Every draft is made before the dialog: a bad address stops the batch before anything is asked or written.
      let composed
      try {
        composed = composeInvitationDrafts(request, now())
      } catch (error) {
        return refusedInput(error)
      }
      const folder = await services.dialogs.chooseFolder(DRAFTS_FOLDER_TITLE)
      if (!folder) return err('cancelled')
      const taken = new Set<string>()
      const drafts: InvitationDraft[] = []
      for (const draft of composed) {
        const target = await uniquePath(folder, draft.fileName, taken)
        try {
          await writeFileAtomic(target, draft.text, { fs })
        } catch (error) {
          services.log('writeInvitationDrafts failed', error)
          // All or nothing: a half batch would leave the log and the folder disagreeing.
          for (const done of drafts) await fs.rm(done.path, { force: true }).catch(() => {})
          return fileFailure(error, target)
        }
        drafts.push({ recipientId: draft.recipientId, name: path.basename(target), path: target })
      }
      for (const draft of drafts) ctx.written.add(draft.path)
      return ok({ folder, drafts })
    },
  }
}
