/** A merge import planned against this laptop's rows, both sharing one earlier export (the fork tests). */
import { buildEnvelope, type Envelope, type TableData } from '../../../../../renderer/domain/backup/envelope'
import { planImport, type Resolution } from '../../../../../renderer/domain/backup/plan'
import { uuidN } from './seed'

export const SHARED = { id: uuidN(1_000), at: '2026-11-05T00:00:00.000Z', installId: 'a' }
export const AFTER = '2026-11-06T10:00:00.000Z'
export const LATER = '2026-11-07T12:30:00.000Z'
export const NOW = '2026-11-28T10:00:00.000Z'

export const file = (data: TableData): Envelope =>
  buildEnvelope({ exportId: uuidN(2_000), exportedAt: '2026-11-25T10:00:00.000Z', appVersion: '1', installId: 'b' }, { ...data, syncLog: [SHARED] })
export const plan = (incoming: TableData, local: TableData, forks?: ReadonlyMap<string, Resolution>) =>
  planImport(file(incoming), { ...local, syncLog: [SHARED] }, 'merge', { now: NOW, forks })
