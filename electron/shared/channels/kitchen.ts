/**
 * The kitchen list for a signing lunch: dietary needs and allergies per guest and per table.
 * These are health data: main renders and writes the file where the user chooses, and keeps
 * nothing (no log line, no cache, no progress label names a need).
 */
import { z } from 'zod'
import { defineChannel } from './define'

const text = (max: number) => z.string().max(max)

export const kitchenGuest = z
  .object({
    name: text(200).min(1),
    organisation: text(300),
    /** "Bord 3"; empty for a guest not seated yet. */
    table: text(100),
    /** e.g. ["Vegetar", "Nøtteallergi"]; empty for a guest without needs (still counted at the table). */
    needs: z.array(text(100).min(1)).max(20),
    /** Free text for the kitchen, e.g. "Alvorlig: ingen spor av nøtter". */
    note: text(500),
  })
  .strict()
export type KitchenGuest = z.infer<typeof kitchenGuest>

export const kitchenListModel = z
  .object({
    /** "Signeringslunsj 10.06.2027" → heading "Kjøkkenliste — Signeringslunsj 10.06.2027" */
    title: text(200).min(1),
    /** "Kl. 11.30–13.00, Oslo rådhus, Festsalen" */
    subtitle: text(300),
    guests: z.array(kitchenGuest).min(1).max(2_000),
  })
  .strict()
export type KitchenListModel = z.infer<typeof kitchenListModel>

export type KitchenListFile = { path: string; name: string; pageCount: number }

export const kitchenChannels = {
  /** Renders the kitchen list and saves it (output folder or save dialog); nothing of it is kept in main. */
  renderKitchenList: defineChannel<KitchenListFile>()(z.object({ model: kitchenListModel, fileName: text(200) }).strict()),
}
