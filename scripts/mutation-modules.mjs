/**
 * The modules that guard data or security, each mutated on its own by `npm run mutation`. `tests`
 * names the vitest files that exercise the module, so a run loads only those. When a module moves,
 * move its line here too.
 */
/** The import's tests: the pure reader, planner and ledger, the repository's writes, and the Data page's import. */
const BACKUP_TESTS = [
  'tests/unit/renderer/domain/backup/**/*.test.{ts,tsx}',
  'tests/unit/renderer/db/repositories/backup/**/*.test.{ts,tsx}',
  'tests/unit/renderer/db/schema-versions.test.ts',
  'tests/unit/renderer/features/data/import-section.test.tsx',
]

export const MUTATION_MODULES = {
  'ipc-dispatch': { mutate: ['electron/main/ipc/handle.ts'], tests: ['tests/unit/main/ipc/**/*.test.ts'] },
  security: { mutate: ['electron/main/security.ts'], tests: ['tests/unit/main/bootstrap.test.ts', 'tests/unit/main/security/**/*.test.ts'] },
  'app-protocol': { mutate: ['electron/main/app-protocol.ts'], tests: ['tests/unit/main/app-protocol.test.ts', 'tests/unit/main/bootstrap.test.ts'] },
  'open-external': { mutate: ['electron/main/host/open-external.ts'], tests: ['tests/unit/main/host/open-external.test.ts', 'tests/unit/main/mailto-guard.test.ts'] },
  // Without backup-year.test.ts: it covers every line and takes ~10 s, so each mutant would run it; the
  // focused tests are meant to kill every mutant on their own.
  backups: {
    mutate: ['electron/main/backups/**/*.ts', 'electron/shared/backup-names.ts', 'electron/shared/export-envelope.ts'],
    tests: [
      'tests/unit/main/backups/backup-store.test.ts',
      'tests/unit/main/backups/backup-names.test.ts',
      'tests/unit/main/backups/retention.test.ts',
      'tests/unit/main/backups/envelope-check.test.ts',
      'tests/unit/main/host/backup-handlers.test.ts',
    ],
  },
  'atomic-write': { mutate: ['electron/main/files/atomic-write.ts'], tests: ['tests/unit/main/files/**/*.test.ts'] },
  // The .eml drafts' headers: encoded-words, folding and addresses keep a name or subject from adding a header or a recipient.
  eml: { mutate: ['electron/main/mail/mime.ts', 'electron/main/mail/eml.ts'], tests: ['tests/unit/main/mail/mime.test.ts', 'tests/unit/main/mail/eml.test.ts'] },
  'file-errors': { mutate: ['electron/main/files/file-errors.ts'], tests: ['tests/unit/main/files/file-errors.test.ts', 'tests/unit/main/host/file-errors.test.ts'] },
  'import-reader': {
    mutate: [
      'renderer/domain/backup/read-file.ts',
      'renderer/domain/backup/row-schemas.ts',
      'renderer/domain/backup/upgrade.ts',
      'renderer/domain/backup/envelope.ts',
      'renderer/domain/backup/inspect.ts',
      'renderer/domain/backup/timestamps.ts',
      'renderer/domain/backup/zod-messages.ts',
      'renderer/domain/backup/problems.ts',
    ],
    tests: BACKUP_TESTS,
  },
  'import-planner': {
    mutate: ['renderer/domain/backup/plan.ts', 'renderer/domain/backup/references.ts', 'renderer/domain/backup/erasure-ledger.ts'],
    tests: BACKUP_TESTS,
  },
  'import-apply': { mutate: ['renderer/db/repositories/backup-repo.ts'], tests: BACKUP_TESTS },
  'org-number': { mutate: ['electron/shared/org-number.ts'], tests: ['tests/unit/shared/org-number.test.ts'] },
  'sync-folder': {
    mutate: ['electron/main/sync/**/*.ts', 'electron/main/host/sync-handlers.ts', 'electron/shared/sync-message.ts'],
    tests: ['tests/unit/main/sync/**/*.test.ts', 'tests/unit/main/host/sync-handlers.test.ts'],
  },
  // Sync's rule for merges made on several laptops: which survives a chain or a cycle, the same on every laptop.
  'merge-chains': {
    mutate: ['renderer/domain/organisation/merge-chains.ts'],
    tests: ['tests/unit/renderer/domain/organisation/merge-chains.test.ts'],
  },
  // Keeps sync's reads and writes inside its one transaction when Dexie's zone no longer follows.
  'bound-tables': { mutate: ['renderer/db/repositories/bound-tables.ts'], tests: ['tests/unit/renderer/db/repositories/bound-tables.test.ts'] },
  criteria: { mutate: ['renderer/domain/criteria/evaluate.ts'], tests: ['tests/unit/renderer/domain/criteria/**/*.test.ts', 'tests/unit/renderer/features/organisations/register-seam.test.ts'] },
  // Sync's blanking of merged-away people (kept values, revival, erasure): the person tests, not the property test.
  'sync-tombstone': {
    mutate: ['renderer/db/repositories/sync-tombstone.ts'],
    tests: [
      'tests/unit/renderer/db/sync/person-cycle.test.ts',
      'tests/unit/renderer/db/sync/merged-away.test.ts',
      'tests/unit/renderer/db/repositories/merge-repo.test.ts',
      'tests/unit/renderer/db/sync/tombstone-mutants.test.ts',
    ],
  },
  // An erasure takes back the erased record's edits landed on its survivor.
  'sync-erased-landings': {
    mutate: ['renderer/db/repositories/sync-erased-landings.ts'],
    tests: ['tests/unit/renderer/db/sync/erased-landings.test.ts', 'tests/unit/renderer/db/sync/erased-landings-mutants.test.ts'],
  },
  // Landings carried in snapshots: read back on a join only when untampered and current.
  'sync-snapshot-landings': {
    mutate: ['renderer/db/repositories/sync-snapshot-landings.ts'],
    tests: ['tests/unit/renderer/db/sync/joined-landings.test.ts', 'tests/unit/renderer/db/sync/snapshot-landings-mutants.test.ts'],
  },
  // Roles landed on a person survivor: given back when their record is erased, goes elsewhere, or the survivor is merged away.
  'sync-landed-elements': {
    mutate: ['renderer/db/repositories/sync-landed-elements.ts'],
    tests: ['tests/unit/renderer/db/sync/landed-role.test.ts', 'tests/unit/renderer/db/sync/landed-role-merged-on.test.ts', 'tests/unit/renderer/db/sync/landed-elements-mutants.test.ts'],
  },
  // The history of merged-away duplicates shown under the survivor.
  'history-repo': {
    mutate: ['renderer/db/repositories/history-repo.ts'],
    tests: ['tests/unit/renderer/db/sync/merged-history.test.ts', 'tests/unit/renderer/db/repositories/history-repo.mutants.test.ts'],
  },
  // The register's raw early read: never makes or upgrades a database, notices changes made meanwhile.
  'register-early-read': {
    mutate: ['renderer/db/repositories/register-early-read.ts'],
    tests: ['tests/unit/renderer/db/repositories/register-early-read.test.ts', 'tests/unit/renderer/db/repositories/register-early-read.mutants.test.ts'],
  },
  // What anonymised history says and why ("slettet virksomhet" / "slettet person", erasure-ledger's
  // lines from `ErasedKind` to `isAbout`, less the application answers' rule between), and an emptied
  // organisation's fields sync blanks in older files.
  'erased-wording': {
    mutate: ['renderer/db/repositories/emptied-redaction.ts', 'renderer/domain/backup/erasure-ledger.ts:83-128', 'renderer/domain/backup/erasure-ledger.ts:206-329'],
    tests: [
      'tests/unit/renderer/domain/backup/erased-wording.test.ts',
      'tests/unit/renderer/domain/backup/ledger-rules.test.ts',
      'tests/unit/renderer/db/repositories/backup/erased-wording.test.ts',
      'tests/unit/renderer/db/repositories/backup/emptied-organisation-history.test.ts',
      'tests/unit/renderer/db/sync/erased-wording.test.ts',
      'tests/unit/renderer/db/sync/emptied-organisation-privacy.test.ts',
    ],
  },
  // Erasing a person for good: no row value, history value or ledger gap of them survives.
  'privacy-repo': {
    mutate: ['renderer/db/repositories/privacy-repo.ts'],
    tests: [
      'tests/unit/renderer/db/repositories/backup/privacy.test.ts',
      'tests/unit/renderer/db/repositories/applications-repo.test.ts',
      'tests/unit/renderer/db/repositories/merge-repo.test.ts',
      'tests/unit/renderer/db/repositories/diets-repo.test.ts',
      'tests/unit/renderer/db/repositories/organisations-repo.test.ts',
      'tests/unit/renderer/db/repositories/privacy-repo.mutants.test.ts',
    ],
  },
  // Sync's field rules: which field changes become messages (set fields per element), what travels, what erasure blanks.
  'sync-fields': {
    mutate: ['renderer/domain/sync/fields.ts'],
    tests: [
      'tests/unit/renderer/db/sync/messages.test.ts',
      'tests/unit/renderer/db/sync/tables.test.ts',
      'tests/unit/renderer/domain/sync/fields.mutants.test.ts',
      'tests/unit/renderer/db/sync/cells-mutants.test.ts',
    ],
  },
  // Where each cell's winning stamp is read from: its own record, else the join block that holds it.
  'sync-cells': {
    mutate: ['renderer/db/repositories/sync-cells.ts'],
    tests: [
      'tests/unit/renderer/db/sync/snapshots.test.ts',
      'tests/unit/renderer/db/sync/tombstone-mutants.test.ts',
      'tests/unit/renderer/db/sync/joined-landings.test.ts',
      'tests/unit/renderer/db/sync/cells-mutants.test.ts',
    ],
  },
  // A merge import: a fork (one record merged into two) becomes a conflict, and local rows it leaves alone are erased or redirected as the ledger and the other copy's merges say.
  'import-forks': {
    mutate: ['renderer/domain/backup/merge-forks-import.ts', 'renderer/domain/backup/local-rows-import.ts'],
    tests: [
      'tests/unit/renderer/domain/backup/merge-forks.test.ts',
      'tests/unit/renderer/domain/backup/plan-rules.test.ts',
      'tests/unit/renderer/domain/backup/ledger-rules.test.ts',
      'tests/unit/renderer/features/data/import-forks.test.ts',
      'tests/unit/renderer/domain/backup/merge-forks.mutants.test.ts',
    ],
  },
  // A person merged into someone erased elsewhere is erased with them, on every laptop; so is an
  // organisation merged into one emptied elsewhere.
  'sync-erased-duplicates': {
    mutate: ['renderer/db/repositories/sync-erased-duplicates.ts', 'renderer/domain/backup/emptied-copy-entry.ts'],
    tests: ['tests/unit/renderer/db/sync/erased-duplicate.test.ts', 'tests/unit/renderer/db/sync/erased-duplicates-mutants.test.ts', 'tests/unit/renderer/db/sync/merged-into-emptied.test.ts', 'tests/unit/renderer/db/sync/emptied-duplicate-history.test.ts'],
  },
  // The register's entry: what the store keeps (the projection, the unmet criteria) and the check that
  // makes a store an older version wrote be made again (issue 17): a derived copy must not mislead.
  'register-entry': {
    mutate: ['renderer/domain/organisation/register-entry.ts', 'renderer/domain/organisation/register-entry-format.ts'],
    tests: [
      'tests/unit/renderer/domain/criteria/unmet-criteria.test.ts',
      'tests/unit/renderer/domain/organisation/register-entry.test.ts',
      'tests/unit/renderer/features/organisations/register-rows.test.ts',
      'tests/unit/renderer/db/register-rows-middleware.test.ts',
      'tests/unit/renderer/db/repositories/register-early-read.test.ts',
    ],
  },
  // The register's narrow store kept in every write's transaction (issue 17): a derived copy must not drift.
  'register-rows-middleware': {
    mutate: ['renderer/db/register-rows-middleware.ts'],
    tests: ['tests/unit/renderer/db/register-rows-middleware.test.ts', 'tests/unit/renderer/db/register-rows-imports.test.ts'],
  },
  // The contract batch built ahead (issue 17): a stale or replaced build must never be printed or recorded.
  'prepared-batch': {
    mutate: ['renderer/features/contracts/prepared-batch.ts'],
    tests: ['tests/unit/renderer/features/contracts/prepared-batch*.test.ts'],
  },
  // Application answers naming someone erased, and an emptied organisation's applications: emptied on
  // the erasing laptop, on arrival by sync and import, in older files and in conflicts (erasure-ledger's
  // lines from `phonesOf` to `emptiedApplication`).
  'erased-answers': {
    mutate: ['renderer/db/repositories/sync-erased-answers.ts', 'renderer/domain/backup/erasure-ledger.ts:129-205'],
    tests: [
      'tests/unit/renderer/db/sync/erased-answers*.test.ts',
      'tests/unit/renderer/db/sync/emptied-applications*.test.ts',
      'tests/unit/renderer/db/repositories/trash-repo.test.ts',
      'tests/unit/renderer/db/repositories/privacy-repo.mutants.test.ts',
    ],
  },
  // A snapshot waits while answers held here may still name someone erased, until their laptop shows
  // it had the erasure or is retired (snapshots.ts' `heldBack` and the line that asks it).
  'snapshot-wait': {
    mutate: ['renderer/domain/sync/snapshot-wait.ts', 'renderer/db/repositories/sync-snapshot-wait.ts', 'renderer/features/sync/snapshots.ts:47-61', 'renderer/features/sync/snapshots.ts:71-71'],
    tests: ['tests/unit/renderer/domain/sync/snapshot-wait.test.ts', 'tests/unit/renderer/db/sync/erased-answers-snapshot.test.ts'],
  },
}
