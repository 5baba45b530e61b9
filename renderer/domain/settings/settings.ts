import { z } from 'zod'
import { EVENT_KINDS } from '../event/labels'

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
  /** Annual reports: due date per reporting year (`YYYY-MM-DD` by year); a year not listed is due 1 April the year after. */
  reportDueDates: z.record(z.string(), z.string()).default({}),
  /** Criteria: a member that joined after this day (`MM-DD`) of a year is exempt from reporting and participation that year. */
  joinCutoff: z.string().default('10-01'),
  /**
   * Criteria, Geografisk relevans: Oslo and the municipalities bordering it by land or across the
   * inner fjord (Asker is added as the western neighbour of Bærum). Editable in Innstillinger.
   */
  geographyMunicipalities: z
    .array(z.string())
    .default(['Oslo', 'Asker', 'Bærum', 'Enebakk', 'Lillestrøm', 'Lørenskog', 'Nesodden', 'Nittedal', 'Nordre Follo', 'Rælingen']),
  /** Years an organisation that left is kept before the app proposes erasing its people. */
  retentionYearsAfterLeaving: z.number().int().min(1).max(20).default(3),
  /** Spreadsheet import: column mapping remembered per header (see domain/backup/spreadsheet/mapping). */
  spreadsheetMappings: z.record(z.string(), z.record(z.string(), z.number().int())).default({}),
  /** Application import: column mapping remembered per header (see domain/application/form-fields). */
  applicationFormMappings: z.record(z.string(), z.record(z.string(), z.number().int())).default({}),
  /** The municipality the reviewer chose for a postal place (folded) the form gave no municipality for. */
  postalPlaceMunicipalities: z.record(z.string(), z.string()).default({}),
  /** Event kinds that count for the Deltakelse criterion (issue 5). */
  participationKinds: z
    .array(z.enum(EVENT_KINDS))
    .default(['nettverksmote', 'toppledermote', 'partnersamling']),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsRecord = Settings & { id: 'app'; createdAt: string; updatedAt: string; deletedAt: null }
export const defaultSettings = (): Settings => settingsSchema.parse({})
