/** Every importer, most specific first, so `pickImporter(IMPORTERS, file)` chooses the form before a plain spreadsheet. */
import { applicationFormImporter } from './application-form-importer'
import { jsonExportImporter } from './json-export-importer'
import { spreadsheetImporter } from './spreadsheet-importer'

export const IMPORTERS = [jsonExportImporter, applicationFormImporter, spreadsheetImporter] as const
export { pickImporter, type Importer, type ImporterSteps, type ImportFile, type ImportSummary } from './importer'
