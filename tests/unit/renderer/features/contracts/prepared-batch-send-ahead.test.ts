/**
 * What the batch page sends to main ahead of the click, and how often it builds for that.
 *
 * A build the page no longer counts (the choice changed, the data changed, or the page went while it
 * ran) must not be sent to main ahead when it ends: main holds one preparation, the latest, so a late
 * stale build would push out the current build's models (the click's token then finds nothing, and
 * the 130 models cross again in the click's wait), or leave models the person never asked for in main.
 * Each choice is built once, however the choice and the click meet; a send ahead that fails costs the
 * click nothing but the models going along with it.
 *
 * To make a build end when the test says (after the build that replaced it, or after the click), the
 * next build can be held after its reads (`holdNextBuild`); `builds` counts the builds begun. The rest
 * of contracts-repo is the real one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ContractModel } from '../../../../../electron/shared/channels/contracts'
import { db } from '../../../../../renderer/db/db'
import { saveTemplate } from '../../../../../renderer/db/repositories/contracts-repo'
import type * as ContractsRepo from '../../../../../renderer/db/repositories/contracts-repo'
import { makeContracts } from '../../../../../renderer/features/contracts/contract-job'
import type { BatchPreparer } from '../../../../../renderer/features/contracts/prepared-batch'
import { made } from '../../db-helpers'
import { afterPrepareTimer, installed, names, options, organisation, pageChoosing, preparedInMain, rename, request } from './stand-in-main'

let nextHeld: Promise<void> | null = null
let builds = 0

vi.mock('../../../../../renderer/db/repositories/contracts-repo', async (importOriginal) => {
  const repo = await importOriginal<typeof ContractsRepo>()
  return {
    ...repo,
    buildContractModels: async (...args: Parameters<typeof repo.buildContractModels>) => {
      builds++
      const held = nextHeld
      nextHeld = null
      const built = await repo.buildContractModels(...args)
      await held
      return built
    },
  }
})

const main = installed()

beforeEach(() => {
  builds = 0
})

/** The next build started is held after its reads until `release()`; the builds after it are not. */
function holdNextBuild(): { release: () => void } {
  const holding = { release: () => {} }
  nextHeld = new Promise((resolve) => (holding.release = resolve))
  return holding
}

/**
 * The build the preparer has under way now, to wait for its end once it is replaced (the page no
 * longer shows it anywhere). Its own ending — and any sending ahead — runs before this resolves.
 */
const buildUnderWay = (preparer: BatchPreparer) => (preparer as unknown as { entry: { built: Promise<unknown> } }).entry.built

describe('a build replaced while it ran', () => {
  it('by another choice is not sent to main ahead: the click names the new choice by its token', async () => {
    const [a, b] = [await organisation('Ølberg AS'), await organisation('Åsen AS')]
    const holding = holdNextBuild()
    const { preparer } = pageChoosing([request(a.id)])
    await afterPrepareTimer()
    const replaced = buildUnderWay(preparer)
    preparer.choose([request(b.id)])
    await afterPrepareTimer()
    await preparer.take([request(b.id)])
    await preparedInMain()
    // The first choice's build ends last.
    holding.release()
    await replaced
    await preparedInMain()
    expect(main.sentAhead.map(names)).toEqual([['Åsen AS']])
    expect(await makeContracts([request(b.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([['token-1', undefined]])
    expect(main.printed.map(names)).toEqual([['Åsen AS']])
  })

  it('by a change to the data is not sent to main ahead: its stale models never reach main, and the click names the fresh ones', async () => {
    const org = await organisation('Ølberg AS')
    const holding = holdNextBuild()
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    const stale = buildUnderWay(preparer)
    // The build read "Ølberg AS"; the rename commits, and the choice is built again from the data as it is.
    await rename(org, 'Nytt Navn AS')
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await preparedInMain()
    holding.release()
    await stale
    await preparedInMain()
    expect(main.sentAhead.map(names)).toEqual([['Nytt Navn AS']])
    expect(names(main.held?.contracts)).toEqual(['Nytt Navn AS'])
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([['token-1', undefined]])
    expect(main.printed.map(names)).toEqual([['Nytt Navn AS']])
    expect(names((await db().contracts.toArray()).map((c) => c.snapshot as ContractModel))).toEqual(['Nytt Navn AS'])
  })

  it('by the page going is not sent to main ahead: main is left holding nothing', async () => {
    const org = await organisation('Ølberg AS')
    const holding = holdNextBuild()
    const { preparer, stop } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    const orphaned = buildUnderWay(preparer)
    stop()
    holding.release()
    await orphaned
    await preparedInMain()
    expect(main.sentAhead.map(names)).toEqual([])
    expect(main.held).toBeNull()
  })
})

describe('each choice', () => {
  it('is built once when clicked while its build runs: the click waits for that build', async () => {
    const org = await organisation('Ølberg AS')
    // A stored template: recording the contract then changes none of its inputs (which would rightly build again).
    await made(saveTemplate('Avtale med {{virksomhet.navn}}.'))
    const holding = holdNextBuild()
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    const making = makeContracts([request(org.id)], options(preparer))
    holding.release()
    expect(await making).toMatchObject({ ok: true })
    expect(builds).toBe(1)
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([['token-1', undefined]])
    expect(main.printed.map(names)).toEqual([['Ølberg AS']])
  })

  it('is not built again when changed and changed back before it rested', async () => {
    const [a, b] = [await organisation('Ølberg AS'), await organisation('Åsen AS')]
    const { preparer } = pageChoosing([request(a.id)])
    await afterPrepareTimer()
    await preparer.take([request(a.id)])
    await preparedInMain()
    // A box ticked and unticked again at once: the timer of the choice in between still runs.
    preparer.choose([request(a.id), request(b.id)])
    preparer.choose([request(a.id)])
    await afterPrepareTimer()
    expect(builds).toBe(1)
    expect(main.sentAhead.map(names)).toEqual([['Ølberg AS']])
    expect(await makeContracts([request(a.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([['token-1', undefined]])
  })

  it('when emptied before it rested, is not built, nor after a change to the data', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = pageChoosing([request(org.id)])
    preparer.choose([])
    await afterPrepareTimer()
    await rename(org, 'Nytt Navn AS')
    await afterPrepareTimer()
    expect(builds).toBe(0)
    expect(main.sentAhead).toEqual([])
  })
})

describe('a send ahead that fails', () => {
  it('because main could not be reached: the click sends the models, prints them once and records them once', async () => {
    const org = await organisation('Ølberg AS')
    window.nfk!.prepareContracts = () => Promise.reject(new Error('main is gone for a moment'))
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await preparedInMain()
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([[undefined, ['Ølberg AS']]])
    expect(main.printed.map(names)).toEqual([['Ølberg AS']])
    expect(await db().contracts.count()).toBe(1)
  })

  it('because the build failed (the organisation was deleted): nothing is sent ahead, and the click prints nothing by the token of the build before', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await preparedInMain()
    // Deleted on another laptop, the deletion synced in: the choice is built again, and fails.
    await db().organisations.update(org.id, { deletedAt: '2027-06-01T10:00:00.000Z' })
    await afterPrepareTimer()
    expect(await preparer.take([request(org.id)])).toMatchObject({ ok: false })
    await preparedInMain()
    expect(main.sentAhead.map(names)).toEqual([['Ølberg AS']])
    expect(await makeContracts([request(org.id)], options(preparer))).toEqual({ ok: false, message: 'Fant ikke virksomheten.' })
    expect(main.clicks).toEqual([])
    expect(await db().contracts.count()).toBe(0)
  })
})
