import { z } from 'zod'

/**
 * The app's settings, one record. Every field has a default, so a settings record written by an
 * older version still parses; later capabilities add their fields here.
 */
export const settingsSchema = z.object({
  commissionerName: z.string().default(''),
  commissionerTitle: z.string().default('byråd for miljø og samferdsel'),
  secretariatName: z.string().default('Sekretariatet for Næring for klima'),
  secretariatEmail: z.string().default('nfk@kli.oslo.kommune.no'),
  secretariatPhone: z.string().default(''),
  /** Event kinds that count for the Deltakelse criterion (issue 5). */
  participationKinds: z
    .array(z.enum(['nettverksmote', 'toppledermote', 'partnersamling', 'signeringslunsj', 'annet']))
    .default(['nettverksmote', 'toppledermote', 'partnersamling']),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsRecord = Settings & { id: 'app'; createdAt: string; updatedAt: string; deletedAt: null }
export const defaultSettings = (): Settings => settingsSchema.parse({})
