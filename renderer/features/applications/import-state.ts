/**
 * The application import's preview state: the file read, the mapping, and the reviewer's answers.
 * Pure helpers over the importer so the component stays a view.
 */
import type { Result } from '../../../electron/shared/result'
import { headerKey } from '../../domain/backup/spreadsheet/mapping'
import type { SheetTable } from '../../domain/backup/spreadsheet/read-table'
import { rememberedOrGuessedForm, type FormMapping } from '../../domain/application/form-fields'
import type { ApplicationChoices, ApplicationContext, ApplicationPlan } from '../../domain/application/plan'
import { postalPlaceKey } from '../../domain/application/postal'
import { applicationFormImporter, type MappedApplications } from '../../domain/import/application-form-importer'
import { foldText } from '../../lib/text-fold'

export type Loaded = { name: string; table: SheetTable; mapping: FormMapping; context: ApplicationContext }

export function initialMapping(table: SheetTable, remembered: Record<string, Record<string, number>>): FormMapping {
  return rememberedOrGuessedForm(table.header, remembered[headerKey(table.header)])
}

export function planOf(loaded: Loaded): { mapped: MappedApplications; plan: Result<ApplicationPlan> } {
  const mapped = applicationFormImporter.map(loaded.table, loaded.mapping)
  return { mapped, plan: applicationFormImporter.validate(mapped, loaded.context) }
}

/** The reviewer's answers, with the proposals filled in where the user has not answered yet. */
export function withDefaults(plan: ApplicationPlan, answered: Pick<ApplicationChoices, 'sectors' | 'municipalities'>): Pick<ApplicationChoices, 'sectors' | 'municipalities'> {
  const sectors: Record<string, string> = {}
  for (const { answer, match } of plan.sectors) {
    const key = foldText(answer)
    sectors[key] = answered.sectors[key] ?? (match.kind === 'suggestion' ? match.sector : '')
  }
  const municipalities: Record<string, string> = {}
  for (const { place, proposal } of plan.places) {
    const key = postalPlaceKey(place)
    municipalities[key] = answered.municipalities[key] ?? proposal ?? ''
  }
  return { sectors, municipalities }
}
