/**
 * The batch page sends its contract models to main while the person chooses (`prepareContracts`),
 * and the click names them by main's token: through the real page and the e2e host (the same
 * dispatch and handlers as Electron's main), the PDF holds the chosen organisations, the history
 * records them, and "Avbryt" still leaves no file and no contract.
 */
import type { Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dispatch } from '../../electron/main/ipc/handle'
import { extractText } from '../unit/main/pdf/read-pdf'
import { cancelledWhileRendering, twoChosen } from './contract-batch-flow'
import { expect, notices, test } from './fixtures'
import { countRows } from './host/indexed-db'
import type { TestHost } from './host/test-host'

type Sent = { prepared: { token: string; names: string[] }[]; clicks: { prepared?: string; contracts?: unknown[] }[] }

/** What the page sent main: each preparation (with main's token) and each click. */
function listen(host: TestHost): Sent {
  const sent: Sent = { prepared: [], clicks: [] }
  const dispatch = host.dispatch
  ;(host as unknown as { dispatch: Dispatch }).dispatch = async (name, sender, payload) => {
    if (name === 'renderContracts') sent.clicks.push(payload as Sent['clicks'][number])
    const result = await dispatch(name, sender, payload)
    if (name === 'prepareContracts' && result.ok) {
      const { contracts } = payload as { contracts: { organisation: { name: string } }[] }
      sent.prepared.push({ token: (result.data as { token: string }).token, names: contracts.map((c) => c.organisation.name) })
    }
    return result
  }
  return sent
}

/** Built once the choice rests, and sent to main; the page has main's answer (its token) before it is clicked. */
async function heldByMain(app: Page, sent: Sent, chosen: { name: string }[]): Promise<string> {
  await expect.poll(() => sent.prepared.at(-1)?.names).toEqual(chosen.map((o) => o.name))
  await app.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
  return sent.prepared.at(-1)!.token
}

test.describe('klimakontrakter for flere, sent to main ahead of the click', () => {
  test('the click names the models main holds, and the PDF and the history have the chosen organisations', async ({ app, host }) => {
    const sent = listen(host)
    const { batch, chosen } = await twoChosen(app)
    const token = await heldByMain(app, sent, chosen)
    await batch.make.click()
    await expect(notices(app).getByText(/^2 klimakontrakter er lagret som Klimakontrakter 03\.06\.2027\.pdf/)).toBeVisible()
    expect(sent.clicks).toEqual([{ prepared: token, separateFiles: false, mergedName: 'Klimakontrakter 03.06.2027', jobId: expect.any(String) }])
    const pdf = await extractText(new Uint8Array(readFileSync(path.join(host.documentsFolder, 'Klimakontrakter 03.06.2027.pdf'))))
    for (const organisation of chosen) expect(pdf.all).toContain(`Eksemplar 2 av 2 – ${organisation.name}`)
    expect(await countRows(app, 'contracts')).toBe(2)
  })

  test('a batch named by token and cancelled while main renders writes no PDF and records no contract', async ({ app, host }) => {
    const sent = listen(host)
    const { batch, chosen } = await twoChosen(app)
    const token = await heldByMain(app, sent, chosen)
    await cancelledWhileRendering(app, host, batch)
    expect(sent.clicks.map((c) => [c.prepared, c.contracts])).toEqual([[token, undefined]])
    expect(readdirSync(host.documentsFolder).filter((f) => f.endsWith('.pdf'))).toEqual([])
    expect(await countRows(app, 'contracts')).toBe(0)
  })
})
