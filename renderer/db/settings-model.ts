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
  /** Years an organisation that left is kept before the app proposes erasing its people. */
  retentionYearsAfterLeaving: z.number().int().min(1).max(20).default(3),
  /** Spreadsheet import: column mapping remembered per header (see lib/backup/spreadsheet/mapping). */
  spreadsheetMappings: z.record(z.string(), z.record(z.string(), z.number().int())).default({}),
  /** Event kinds that count for the Deltakelse criterion (issue 5). */
  participationKinds: z
    .array(z.enum(['nettverksmote', 'toppledermote', 'partnersamling', 'signeringslunsj', 'annet']))
    .default(['nettverksmote', 'toppledermote', 'partnersamling']),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsRecord = Settings & { id: 'app'; createdAt: string; updatedAt: string; deletedAt: null }
export const defaultSettings = (): Settings => settingsSchema.parse({})
