/**
 * A change that commits while the batch is being built, after the click asked for that build: the
 * build's reads came before the change, so its models are stale and must not be printed. `take()`
 * checked the data's stamp when it was asked, and must check it again once the build is done.
 *
 * To hold the build between its reads and its end (so the change lands in between, every run), the
 * models' build waits for `buildHeld` after reading; the rest of contracts-repo is the real one.
 */
import { describe, expect, it, vi } from 'vitest'
import type * as ContractsRepo from '../../../../../renderer/db/repositories/contracts-repo'
import { makeContracts } from '../../../../../renderer/features/contracts/contract-job'
import { afterPrepareTimer, installed, names, options, organisation, pageChoosing, rename, request } from './stand-in-main'

let buildHeld: Promise<void> | null = null

vi.mock('../../../../../renderer/db/repositories/contracts-repo', async (importOriginal) => {
  const repo = await importOriginal<typeof ContractsRepo>()
  return {
    ...repo,
    buildContractModels: async (...args: Parameters<typeof repo.buildContractModels>) => {
      const built = await repo.buildContractModels(...args)
      await buildHeld
      return built
    },
  }
})

const main = installed()

/** The build is held after its reads until `release()`. */
function holdBuild(): { release: () => void } {
  const holding = { release: () => {} }
  buildHeld = new Promise((resolve) => (holding.release = resolve))
  return holding
}

describe('a change committed while the batch was being built', () => {
  it('makes take() give no build, though it was asked before the change', async () => {
    const org = await organisation('Ølberg AS')
    const holding = holdBuild()
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    // Asked while the build runs and nothing has changed yet: it waits for the build.
    const taking = preparer.take([request(org.id)])
    await rename(org, 'Nytt Navn AS')
    holding.release()
    expect(await taking).toBeNull()
  })

  it('is never printed by the click that waited for that build: the models are built again from the data as it is', async () => {
    const org = await organisation('Ølberg AS')
    const holding = holdBuild()
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    // Clicked while the build runs: the click waits for it (none is ready).
    const making = makeContracts([request(org.id)], options(preparer))
    await rename(org, 'Nytt Navn AS')
    holding.release()
    expect(await making).toMatchObject({ ok: true })
    expect(main.printed.map(names)).toEqual([['Nytt Navn AS']])
  })
})
