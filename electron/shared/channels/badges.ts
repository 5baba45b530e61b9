/** Name badges for network meetings: the renderer sends the people, main lays out A4 sheets as PDF. */
import { z } from 'zod'
import { defineChannel } from './define'

const text = (max: number) => z.string().max(max)

export const nameBadge = z.object({ name: text(200).min(1), title: text(200), organisation: text(300) }).strict()
export type NameBadge = z.infer<typeof nameBadge>

export const nameBadgesInput = z
  .object({
    /** Printed in the band at the top of every badge, e.g. "Nettverksmøte 12.03.2027". */
    eventLine: text(200),
    badges: z.array(nameBadge).min(1).max(2_000),
  })
  .strict()
export type NameBadgesInput = z.infer<typeof nameBadgesInput>

export type NameBadgesFile = { path: string; name: string; pageCount: number }

export const badgesChannels = {
  /** Renders the badges (ten per A4) off main's event loop and saves them (output folder or save dialog). */
  renderNameBadges: defineChannel<NameBadgesFile>()(
    z.object({ input: nameBadgesInput, fileName: text(200), jobId: text(100) }).strict(),
  ),
}
