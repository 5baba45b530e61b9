import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHostContext } from '../../../../electron/main/host/context'
import { createReportHandlers } from '../../../../electron/main/host/reports-handlers'
import type { HostEvent } from '../../../../electron/shared/ipc-contract'
import { extractText } from '../pdf/read-pdf'
import { sampleStatusReport } from '../pdf/status-report-fixtures'
import { fakeServices } from './fake-services'

function setup(answer?: string | null) {
  const events: HostEvent[] = []
  const { services, root } = fakeServices(answer === undefined ? {} : { chooseSavePath: async () => answer })
  const ctx = createHostContext({ ...services, pdfWorkerFile: null, emit: (e) => events.push(e) })
  return { handlers: createReportHandlers(ctx), ctx, root, events }
}

describe('the status report handler', () => {
  it('renders, saves through the dialog under a dated name, reports progress and lets the file be opened', async () => {
    const { handlers, ctx, root, events } = setup()
    const result = await handlers.renderStatusReport({ model: sampleStatusReport(2), jobId: 'job-1' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.name).toBe('Statusrapport Næring for klima 2025.pdf')
    expect(path.dirname(result.data.path)).toBe(root)
    const text = await extractText(new Uint8Array(readFileSync(result.data.path)))
    expect(text.pages).toHaveLength(result.data.pageCount)
    expect(events.flatMap((e) => (e.type === 'progress' && e.jobId === 'job-1' ? [e.done] : []))).toEqual([1, 2])
    expect(ctx.written.has(result.data.path)).toBe(true)
  })

  it('returns "cancelled" and writes nothing when the dialog is cancelled', async () => {
    const { handlers, root } = setup(null)
    const result = await handlers.renderStatusReport({ model: sampleStatusReport(1), jobId: 'j' })
    expect(result).toEqual({ ok: false, error: 'cancelled' })
    expect(readdirSync(root).filter((f) => f.endsWith('.pdf'))).toEqual([])
  })
})
