/**
 * Signing-lunch documents: the renderer sends plain models, main renders the PDF (off its event
 * loop) and saves it through the dialog or into the output folder.
 */
import { z } from 'zod'
import { defineChannel } from './define'

const text = (max = 300) => z.string().max(max)

export const lunchHeader = z
  .object({
    /** "Signeringslunsj 3. desember 2026" */
    title: text(),
    /** "Kl. 11.30–13.00, Oslo rådhus, Festsalen" */
    subtitle: text(),
  })
  .strict()

export const placeCard = z.object({ name: text(), organisation: text() }).strict()
export type PlaceCard = z.infer<typeof placeCard>

const seatedPerson = z.object({ name: text(), title: text(), organisation: text() }).strict()

export const lunchDocument = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('placeCards'), header: lunchHeader, cards: z.array(placeCard).min(1).max(1000) }).strict(),
  z
    .object({
      kind: z.literal('tablePlan'),
      header: lunchHeader,
      tables: z
        .array(
          z
            .object({
              name: text(),
              shape: z.enum(['round', 'rect']),
              seatCount: z.number().int().min(1).max(40),
              seats: z
                .array(
                  seatedPerson
                    .extend({
                      seat: z.number().int().min(1),
                      /** Dietary needs and allergies ("Vegetar, nøtteallergi"); optional, marked on the plan. Health data: never kept by main. */
                      diet: text(300).optional(),
                    })
                    .strict(),
                )
                .max(40),
            })
            .strict(),
        )
        .min(1)
        .max(100),
    })
    .strict(),
  z
    .object({ kind: z.literal('guestList'), header: lunchHeader, guests: z.array(seatedPerson.extend({ table: text(100) }).strict()).min(1).max(2000) })
    .strict(),
  z
    .object({
      kind: z.literal('agenda'),
      header: lunchHeader,
      items: z.array(z.object({ time: text(20), text: text(), detail: text() }).strict()).min(1).max(200),
    })
    .strict(),
])
export type LunchDocument = z.infer<typeof lunchDocument>
export type LunchDocumentKind = LunchDocument['kind']

export type LunchPdfFile = { path: string; name: string; pageCount: number }

export const lunchesChannels = {
  renderLunchDocument: defineChannel<LunchPdfFile>()(
    z.object({ document: lunchDocument, fileName: text(200), jobId: text(100) }).strict(),
  ),
}
