/** Events: the printable participant list, rendered in main from a plain model. */
import { z } from 'zod'
import { defineChannel } from './define'

const line = (max = 300) => z.string().max(max)

export const participantListModel = z
  .object({
    eventTitle: line(200),
    /** "3. juni 2027 kl. 09.00–11.30" */
    dateLine: line(200),
    /** "Oslo rådhus, Festsalen" */
    place: line(300),
    organisations: z
      .array(z.object({ name: line(), people: z.array(z.object({ name: line(), role: line(100) }).strict()).max(1_000) }).strict())
      .max(2_000),
  })
  .strict()
export type ParticipantListModel = z.infer<typeof participantListModel>

export type ParticipantListFile = { path: string; name: string; pageCount: number }

export const eventsChannels = {
  /** Renders the door's paper fallback and saves it (output folder, or the save dialog). */
  renderParticipantList: defineChannel<ParticipantListFile>()(
    z.object({ model: participantListModel, fileName: line(200) }).strict(),
  ),
}
