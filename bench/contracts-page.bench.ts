/**
 * Climate contracts as the user waits for them: from the click on "Lag klimakontrakter" for 130
 * organisations until the notice says the file is saved (the PDF on disk, all 130 recorded in the
 * history), through the built page and the e2e test host (the same handlers and PDF worker as
 * Electron's main). The floor: rendering the same 130 models in-process, warm, in the same run.
 * Also the longest task on the page's main thread while the batch runs, and for each run where the
 * time went: page to host (building the models, the bridge), in the host (checking the message,
 * rendering in the worker, writing the file), host to notice (the answer, the 130 history rows).
 * The page sends its models to main ahead of the click (prepareContracts) when it can; each run says
 * whether its click sent the token of those or the models themselves.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { realFs } from '../electron/main/files/atomic-write'
import { renderContractBatch } from '../electron/main/pdf/contract/batch'
import type { ContractModel } from '../electron/shared/channels/contracts'
import type { Dispatch } from '../electron/main/ipc/handle'
import { chromiumOrExit } from '../scripts/find-chromium.mjs'
import { seedOrganisations } from '../tests/fixtures/seed-organisations'
import { connectHost } from '../tests/e2e/host/connect'
import { seedInPage } from '../tests/e2e/host/seed-in-page'
import { TestHost } from '../tests/e2e/host/test-host'
import { longestTaskDuring } from './lib/long-tasks'
import { ORIGIN, startPreview } from './lib/preview-server'
import { recordLongTask, recordRuns } from './lib/record'

const COUNT = 130
// Five, not three: on a loaded machine one slow run should not be the median.
const RUNS = 5
const epoch = () => performance.timeOrigin + performance.now()
/** This process's CPU time since `since`, in ms (every thread: the host's, its PDF worker's, V8's). */
const processCpuMs = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const phase = (ms: number) => `${ms.toFixed(0)} ms`
let preview: { stop: () => void }

beforeAll(async () => {
  preview = await startPreview()
})
afterAll(() => preview?.stop())

it('makes 130 contracts from the batch page: click to file vs render only', async () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nfk-bench-contracts-'))
  const host = new TestHost()
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumOrExit(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  })
  try {
    // The models main rendered: sent with the click, or sent ahead by the page (prepareContracts) and
    // named by the click's token. Which of the two each run used is printed with it.
    let models: ContractModel[] = []
    let preparedModels = new Map<string, ContractModel[]>()
    let sent = ''
    const inHost = { from: 0, to: 0 }
    const dispatch = host.dispatch
    ;(host as unknown as { dispatch: Dispatch }).dispatch = async (name, sender, payload) => {
      if (name === 'prepareContracts') {
        const result = await dispatch(name, sender, payload)
        if (result.ok) preparedModels = new Map([[(result.data as { token: string }).token, (payload as { contracts: ContractModel[] }).contracts]])
        return result
      }
      if (name !== 'renderContracts') return dispatch(name, sender, payload)
      const request = payload as { contracts?: ContractModel[]; prepared?: string }
      models = request.contracts ?? preparedModels.get(request.prepared ?? '') ?? []
      sent = request.contracts ? 'models' : 'token'
      inHost.from = epoch()
      const result = await dispatch(name, sender, payload)
      inHost.to = epoch()
      return result
    }
    // The worker's first and last progress: when it had drawn its first contract and its last (then it
    // serialises the PDF, and main writes it).
    const progress = { first: 0, last: 0 }
    const services = host.context.services
    const emit = services.emit
    services.emit = (event) => {
      if (event.type === 'progress') {
        if (event.done <= 1) progress.first = epoch()
        progress.last = epoch()
      }
      emit(event)
    }
    // The file write (temporary file, flush, rename), timed around the same calls main makes.
    const write = { from: 0, to: 0, flush: 0 }
    services.fileSystem = {
      ...realFs,
      open: async (file, flags) => {
        write.from = epoch()
        const handle = await realFs.open(file, flags)
        return {
          ...handle,
          sync: async () => {
            const from = epoch()
            await handle.sync()
            write.flush = epoch() - from
          },
        }
      },
      rename: async (from, to) => {
        await realFs.rename(from, to)
        write.to = epoch()
      },
    }
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(120_000)
    await connectHost(page, host)
    await page.goto(`${ORIGIN}/#/klimakontrakter`)
    await page.getByLabel('Ditt navn').fill('Benk')
    await page.getByRole('button', { name: 'Start' }).click()
    // The question closes once the name is saved; only then does the database surely exist to seed.
    await page.getByRole('dialog', { name: 'Velkommen til NFK Sekretariat' }).waitFor({ state: 'hidden' })
    await seedInPage(page, seedOrganisations(COUNT + 40, 11))
    const form = page.getByRole('form', { name: 'Lag klimakontrakter for flere' })
    await form.getByLabel('Byrådens navn').fill('Marit Vea')
    await form.getByLabel('Signeringsdato').fill('03.06.2027')
    // The first 130 organisations that have someone to sign, ticked as a user would, one by one.
    await page.evaluate(async (count) => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('.batch-list input[type="checkbox"]')].filter((b) => !b.disabled)
      for (const box of boxes.slice(0, count)) {
        box.click()
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }, COUNT)
    // The list's legend: "Virksomheter (130 valgt av 170 viste)".
    await page.getByText(new RegExp(`^Virksomheter \\(${COUNT} valgt`)).waitFor()

    // Work done, next to wall time (diagnostics only): the page's main-thread task time (Chromium's
    // TaskDuration, the tasks' duration, so it stretches under load) and this process's CPU (the host's
    // main thread, its PDF worker, Playwright) while the batch runs, and this process's CPU while the
    // floor renders. CPU time barely moves when other work shares the cores.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const pageTaskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
    const clickToFile: number[] = []
    const longest: number[] = []
    const renderOnly: number[] = []
    for (let run = 0; run < RUNS; run++) {
      let clicked = { at: 0, ms: 0 }
      const pageBefore = await pageTaskMs()
      const hostBefore = process.cpuUsage()
      longest.push(
        await longestTaskDuring(page, async () => {
          clicked = await page.evaluate(async () => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lag klimakontrakter')!
            const saved = new Promise<void>((resolve) => {
              const observer = new MutationObserver((changes) => {
                for (const change of changes)
                  for (const node of change.addedNodes)
                    if (node.textContent?.includes('klimakontrakter er lagret som')) {
                      observer.disconnect()
                      resolve()
                    }
              })
              observer.observe(document.body, { childList: true, subtree: true })
            })
            const start = performance.now()
            button.click()
            // A batch that fails never shows the notice: say what the page showed instead of waiting forever.
            const ended = await Promise.race([saved.then(() => null), new Promise<string>((resolve) => setTimeout(() => resolve(document.querySelector('[role=alert]')?.textContent ?? 'no notice'), 60_000))])
            if (ended !== null) throw new Error(`the batch did not finish: ${ended}`)
            return { at: performance.timeOrigin + start, ms: performance.now() - start }
          })
        }),
      )
      clickToFile.push(clicked.ms)
      const cpu = { host: processCpuMs(hostBefore), page: (await pageTaskMs()) - pageBefore, floor: 0 }
      expect(models).toHaveLength(COUNT)
      // The same 130 models, rendered in this process with its caches warm: what the user waits for at least.
      await renderContractBatch({ contracts: models, merged: true, separate: false }, () => {})
      const floorBefore = process.cpuUsage()
      const start = performance.now()
      // When the floor had drawn its last contract: the rest is the PDF's save (diagnostics only).
      let floorDrawn = 0
      await renderContractBatch({ contracts: models, merged: true, separate: false }, (done, total) => {
        if (done === total) floorDrawn = performance.now()
      })
      renderOnly.push(performance.now() - start)
      cpu.floor = processCpuMs(floorBefore)
      // The page's own marks (contract-job.ts), on the same wall clock as the host's.
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('contracts:')).map((m) => [m.name.slice(10), performance.timeOrigin + m.startTime])),
      )
      const at = (name: string) => marks[name] ?? Number.NaN
      const end = clicked.at + clicked.ms
      console.log(
        `run ${run + 1} detail (the click sent ${sent}): click→start ${phase(at('start') - clicked.at)}, models ${phase(at('built') - at('start'))}, bridge in ${phase(inHost.from - at('built'))}, ` +
          `host→first contract ${phase(progress.first - inHost.from)}, drawing ${phase(progress.last - progress.first)}, PDF save ${phase(write.from - progress.last)}, file write ${phase(write.to - write.from)} (flush ${phase(write.flush)}), ` +
          `answer ${phase(inHost.to - write.to)}, bridge out ${phase(at('answered') - inHost.to)}, history ${phase(at('recorded') - at('answered'))}, notice ${phase(end - at('recorded'))}; ` +
          `render only: drawing ${phase(floorDrawn - start)}, PDF save ${phase(start + (renderOnly.at(-1) ?? 0) - floorDrawn)}; ` +
          `CPU: host process ${phase(cpu.host)}, floor ${phase(cpu.floor)}; page main-thread tasks ${phase(cpu.page)}`,
      )
      console.log(
        `run ${run + 1}: click to file ${phase(clicked.ms)} (page to host ${phase(inHost.from - clicked.at)}, in host ${phase(inHost.to - inHost.from)}, host to notice ${phase(clicked.at + clicked.ms - inHost.to)}); render only ${phase(renderOnly.at(-1) ?? 0)}`,
      )
    }
    const written = host.saveRequests.map((r) => path.join(r.defaultFolder ?? host.documentsFolder, r.suggestedName))
    expect(written.length).toBe(RUNS)
    const recorded = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('nfk-sekretariat')
          open.onsuccess = () => {
            const count = open.result.transaction('contracts').objectStore('contracts').count()
            count.onsuccess = () => resolve(count.result)
          }
        }),
    )
    expect(recorded).toBe(COUNT * RUNS)
    expect(existsSync(host.documentsFolder)).toBe(true)
    recordRuns({ name: 'contracts: 130 click to file vs render only', target: 1.3, app: clickToFile, floor: renderOnly })
    recordLongTask('longest task: making the 130-contract batch', longest)
  } finally {
    await context.close()
    host.dispose()
    rmSync(profile, { recursive: true, force: true })
  }
})
