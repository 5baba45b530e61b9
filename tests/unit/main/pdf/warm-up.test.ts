import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runPdfJob, warmPdfWorker } from '../../../../electron/main/pdf'
import { warmUpJobs } from '../../../../electron/main/pdf/worker/warm-up'
import { sampleContract } from './contract-fixtures'

// A stand-in for the built worker (the real one needs `npm run build`): it speaks the same
// messages and answers each job with how many warm-up contracts it had rendered before it.
const folder = mkdtempSync(path.join(os.tmpdir(), 'nfk-warm-up-'))
const workerFile = path.join(folder, 'pdf-worker.mjs')
writeFileSync(
  workerFile,
  `import { parentPort } from 'node:worker_threads'
let warmedUp = 0
parentPort.on('message', ({ id, input }) => {
  const before = warmedUp
  if (input.contracts[0].organisation.name.startsWith('Prøve')) warmedUp += input.contracts.length
  parentPort.postMessage({ id, type: 'done', output: { warmedUpBefore: before, merged: null, separate: [], pageCount: 0 } })
})
`,
)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

it("a batch started while the worker warms up waits for the warm-up's current step only, not all of it", async () => {
  const whole = warmUpJobs().reduce((n, job) => n + job.input.contracts.length, 0)
  warmPdfWorker(workerFile)
  const output = (await runPdfJob('contracts', { contracts: [sampleContract()], merged: true, separate: false }, { workerFile })) as unknown as { warmedUpBefore: number }
  expect(output.warmedUpBefore).toBeGreaterThan(0)
  expect(output.warmedUpBefore).toBeLessThan(whole)
})
