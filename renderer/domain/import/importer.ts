/**
 * One shape for every import: JSON exports, spreadsheets (CSV/xlsx) and the application form.
 * Each step is a pure function of the previous one's output, so a test can drive any importer
 * without a database; only `apply` writes, and it is bound where the repositories are (the feature),
 * because domain/ never touches the database. The UI picks the importer whose `detect` says yes.
 */
import type { Result } from '../../../electron/shared/result'

/** A file the user opened: its name and bytes, as main hands them over. */
export type ImportFile = { name: string; bytes: Uint8Array }

/** What a preview says before anything is written: counts and Norwegian lines for the user. */
export type ImportSummary = { rows: number; importable: number; problems: string[]; notes: string[] }

export type ImporterKind = 'json-export' | 'spreadsheet' | 'application-form'

/**
 * - `detect`: cheap look at the name and first bytes; true when this importer can read the file.
 * - `read`: bytes to the file's raw content (a refused file is a Result with a Norwegian detail).
 * - `map`: raw content to the app's fields, by a mapping (guessed when none is given).
 * - `validate`: mapped rows checked against the register (`Context`): the plan to apply.
 * - `preview`: the plan summed up for the user.
 */
export type ImporterSteps<Raw, Mapping, Mapped, Context, Plan> = {
  kind: ImporterKind
  /** Norwegian name of the file type, for messages. */
  label: string
  detect(file: ImportFile): boolean
  read(file: ImportFile): Promise<Result<Raw>>
  map(raw: Raw, mapping?: Mapping): Mapped
  validate(mapped: Mapped, context: Context): Result<Plan>
  preview(plan: Plan): ImportSummary
}

/** An importer with its write step: lands whole or not at all. */
export type Importer<Raw, Mapping, Mapped, Context, Plan, Choices, Outcome> = ImporterSteps<Raw, Mapping, Mapped, Context, Plan> & {
  apply(plan: Plan, choices: Choices): Promise<Result<Outcome>>
}

/** The first importer (in the given order) whose detect accepts the file. */
export function pickImporter<T extends { detect(file: ImportFile): boolean }>(importers: readonly T[], file: ImportFile): T | null {
  return importers.find((importer) => importer.detect(file)) ?? null
}

/** The start of a text file, decoded leniently, for `detect` (never for reading). */
export function peekText(bytes: Uint8Array, length = 4096): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, length)).replace(/^\uFEFF/, '')
}
