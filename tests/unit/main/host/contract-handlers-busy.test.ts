/**
 * A PDF viewer holding the target open (Windows refuses the rename) cannot be produced on this
 * machine, so the atomic write is replaced by one that reports exactly that.
 */
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createHostContext } from '../../../../electron/main/host/context'
import { createContractHandlers } from '../../../../electron/main/host/contract-handlers'
import { sampleContract } from '../pdf/contract-fixtures'
import { fakeServices } from './fake-services'

vi.mock('../../../../electron/main/files/atomic-write', async (original) => {
  const actual = await original<typeof import('../../../../electron/main/files/atomic-write')>()
  return {
    ...actual,
    writeFileAtomic: async (target: string) => {
      throw new actual.FileBusyError(target, Object.assign(new Error('EBUSY'), { code: 'EBUSY' }))
    },
  }
})

describe('renderContracts when the file is open in another program', () => {
  it('answers file-busy naming the file, and does not offer to open it', async () => {
    const { services, root } = fakeServices()
    const ctx = createHostContext({ ...services, pdfWorkerFile: null })
    const result = await createContractHandlers(ctx).renderContracts({ contracts: [sampleContract()], separateFiles: false, mergedName: 'x', jobId: 'j' })
    expect(result).toEqual({ ok: false, error: 'file-busy', detail: 'Klimakontrakt Čáhppes Đuoddar ŋŧž AS.pdf' })
    expect(ctx.written.has(path.join(root, 'Klimakontrakt Čáhppes Đuoddar ŋŧž AS.pdf'))).toBe(false)
  })
})
