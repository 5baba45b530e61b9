/**
 * A build the batch page no longer counts (the choice changed, the data changed, or the page went
 * while it ran) must not be sent to main ahead when it ends: main holds one preparation, the latest,
 * so a late stale build would push out the current build's models (the click's token then finds
 * nothing, and the 130 models cross again in the click's wait), or leave models the person never
 * asked for in main.
 *
 * To make the replaced build end after the build that replaced it, every run, the next build can be
 * held after its reads (`holdNextBuild`); the rest of contracts-repo is the real one.
 */
import { describe, expect, it, vi } from 'vitest'
import type { ContractModel } from '../../../../../electron/shared/channels/contracts'
import { db } from '../../../../../renderer/db/db'
import type * as ContractsRepo from '../../../../../renderer/db/repositories/contracts-repo'
import { makeContracts } from '../../../../../renderer/features/contracts/contract-job'
import type { BatchPreparer } from '../../../../../renderer/features/contracts/prepared-batch'
import { afterPrepareTimer, installed, names, options, organisation, pageChoosing, preparedInMain, rename, request } from './stand-in-main'

let nextHeld: Promise<void> | null = null

vi.mock('../../../../../renderer/db/repositories/contracts-repo', async (importOriginal) => {
  const repo = await importOriginal<typeof ContractsRepo>()
  return {
    ...repo,
    buildContractModels: async (...args: Parameters<typeof repo.buildContractModels>) => {
      const held = nextHeld
      nextHeld = null
      const built = await repo.buildContractModels(...args)
      await held
      return built
    },
  }
})

const main = installed()

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
