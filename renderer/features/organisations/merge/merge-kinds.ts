/** What differs between merging two organisations and merging two people, for the one dialog. */
import { formatOrgNumber } from '../../../../electron/shared/org-number'
import type { Organisation, Person } from '../../../db/models'
import { mergeOrganisations, mergePeople, previewOrganisationMerge, previewPersonMerge, type MergeDone, type MergePreview } from '../../../db/repositories/merge-repo'
import { undoMerge, type MergeUndo } from '../../../db/repositories/merge-undo'
import type { MergeSide } from '../../../domain/organisation/merge-plan'
import { formatDate } from '../../../lib/dates'
import type { Outcome } from '../../../lib/result'

export type Picks = Readonly<Record<string, MergeSide>>

export type MergeKind<T extends { id: string; name: string; createdAt: string }> = {
  title: string
  /** The radio label of a record: enough to tell two of the same name apart. */
  describe: (record: T) => string
  /** Said under the fields (people: the roles are united). */
  note?: string
  preview: (survivorId: string, otherId: string, picks: Picks) => Promise<Outcome<MergePreview>>
  merge: (survivorId: string, otherId: string, picks: Picks) => Promise<Outcome<MergeDone>>
  /** "Angre" right after: both back as they were, unless changed since. */
  undo: (undo: MergeUndo) => Promise<Outcome<null>>
}

const registered = (createdAt: string): string => `registrert ${formatDate(createdAt.slice(0, 10))}`

export const ORGANISATION_MERGE: MergeKind<Organisation> = {
  title: 'Slå sammen virksomheter',
  describe: (o) => `${o.name}${o.orgNumber ? ` (${formatOrgNumber(o.orgNumber)})` : ''}, ${registered(o.createdAt)}`,
  preview: previewOrganisationMerge,
  merge: mergeOrganisations,
  undo: undoMerge,
}

export const PERSON_MERGE: MergeKind<Person> = {
  title: 'Slå sammen personer',
  describe: (p) => `${p.name}${p.email ? ` (${p.email})` : ''}, ${registered(p.createdAt)}`,
  note: 'Rollene til begge beholdes.',
  preview: previewPersonMerge,
  merge: mergePeople,
  undo: undoMerge,
}
