import { describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { saveTemplate, type ContractRequest } from '../../../../../renderer/db/repositories/contracts-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { BATCH_CANCELLED, makeContracts } from '../../../../../renderer/features/contracts/contract-job'
import type { BatchPreparer } from '../../../../../renderer/features/contracts/prepared-batch'
import { made } from '../../db-helpers'
import { afterPrepareTimer, installed, names, options, organisation, pageChoosing, preparedInMain, rename, request, slowAnswer } from './stand-in-main'

const main = installed()

const modelNames = (built: Awaited<ReturnType<BatchPreparer['take']>>) => names(built?.ok ? built.data.models : undefined)

/** The page with these requests chosen, and their build (started by the choice's timer) finished. */
async function builtAhead(requests: ContractRequest[]) {
  const page = pageChoosing(requests)
  await afterPrepareTimer()
  return { ...page, built: await page.preparer.take(requests) }
}

/** The page with these requests chosen, built at once without the choice's timer (which never fires in the test). */
async function builtAtOnce(requests: ContractRequest[]) {
  const page = pageChoosing(requests, 60_000)
  ;(page.preparer as unknown as { prepare: () => void }).prepare()
  await page.preparer.take(requests)
  return page
}

describe('contract models built ahead on the batch page', () => {
  it('are what the click sends, while nothing changed', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer, built } = await builtAhead([request(org.id)])
    expect(modelNames(built)).toEqual(['Ølberg AS'])
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // The very models built ahead went to main.
    expect(main.printed[0]?.[0]).toBe(built?.ok ? built.data.models[0] : null)
  })

  it('are never printed once the organisation changed: the click builds from the data as it is', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = await builtAtOnce([request(org.id)])
    await rename(org, 'Nytt Navn AS')
    expect(await preparer.take([request(org.id)])).toBeNull()
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(names(main.printed[0])).toEqual(['Nytt Navn AS'])
  })

  it('are not used when the change committed while they were being built', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = pageChoosing([request(org.id)])
    await afterPrepareTimer()
    // The build's reads are under way; the rename commits before anyone takes it.
    await rename(org, 'Nytt Navn AS')
    expect(await preparer.take([request(org.id)])).toBeNull()
  })

  it('are built again after a change, for the choice the page shows', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = await builtAhead([request(org.id)])
    await rename(org, 'Nytt Navn AS')
    await afterPrepareTimer()
    expect(modelNames(await preparer.take([request(org.id)]))).toEqual(['Nytt Navn AS'])
  })

  it('follow a new template text and a signer whose roles changed', async () => {
    const org = await organisation('Ølberg AS')
    const signer = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Kari Nordmann', roles: ['annen'] }))
    const chosen = [request(org.id, signer.id)]
    const { preparer } = await builtAhead(chosen)
    await made(saveTemplate('Ny avtale med {{virksomhet.navn}}.'))
    expect(await preparer.take(chosen)).toBeNull()
    await afterPrepareTimer()
    const withTemplate = await preparer.take(chosen)
    expect(withTemplate?.ok && withTemplate.data.models[0]?.body).toEqual([{ kind: 'paragraph', text: 'Ny avtale med Ølberg AS.' }])
    await made(updatePerson(signer.id, { ...emptyPersonInput(), name: 'Kari Nordmann', roles: ['toppleder'] }))
    expect(await preparer.take(chosen)).toBeNull()
    expect(await makeContracts(chosen, options(preparer))).toMatchObject({ ok: true })
    const [contract] = await db().contracts.toArray()
    expect(contract?.signatoryRolesAtTime).toEqual(['toppleder'])
  })

  it('once finished, are handed over at once (no await), and not once the data changed', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = pageChoosing([request(org.id)])
    expect(preparer.ready([request(org.id)])).toBeUndefined()
    await afterPrepareTimer()
    const built = await preparer.take([request(org.id)])
    expect(preparer.ready([request(org.id)])).toBe(built)
    expect(preparer.ready([{ ...request(org.id), signingDate: '2027-06-04' }])).toBeNull()
    await rename(org, 'Nytt Navn AS')
    expect(preparer.ready([request(org.id)])).toBeNull()
  })

  it('are not used for another choice, nor after the page stopped', async () => {
    const [a, b] = [await organisation('Ølberg AS'), await organisation('Åsen AS')]
    const { preparer, stop } = pageChoosing([request(a.id)])
    await afterPrepareTimer()
    expect(await preparer.take([request(a.id), request(b.id)])).toBeNull()
    expect(await preparer.take([{ ...request(a.id), signingDate: '2027-06-04' }])).toBeNull()
    expect(await preparer.take([request(a.id)])).not.toBeNull()
    stop()
    expect(await preparer.take([request(a.id)])).toBeNull()
  })

  it('are sent to main ahead, and the click names them by their token instead of sending them again', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = await builtAhead([request(org.id)])
    await preparedInMain()
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks).toEqual([{ prepared: 'token-1', separateFiles: false, mergedName: 'Klimakontrakter', jobId: expect.any(String) }])
    expect(names(main.printed[0])).toEqual(['Ølberg AS'])
    expect(await db().contracts.count()).toBe(1)
  })

  it('once the organisation changed, the click prints the new models, never by the token of the old', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = await builtAtOnce([request(org.id)])
    await preparedInMain()
    expect(names(main.held?.contracts)).toEqual(['Ølberg AS'])
    await rename(org, 'Nytt Navn AS')
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // Built again at the click, and sent to main ahead like any build: named by the new token.
    expect(main.clicks.map((c) => c.prepared)).toEqual(['token-2'])
    expect(names(main.printed[0])).toEqual(['Nytt Navn AS'])
  })

  it('sends the models with the click when main no longer holds them (replaced or expired), and records them once', async () => {
    const org = await organisation('Ølberg AS')
    const { preparer } = await builtAhead([request(org.id)])
    await preparedInMain()
    main.held = null
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([
      ['token-1', undefined],
      [undefined, ['Ølberg AS']],
    ])
    expect(main.printed).toHaveLength(1)
    expect(await db().contracts.count()).toBe(1)
  })

  it('clicked while its models are on their way to main, waits for main\'s token instead of sending them twice', async () => {
    const org = await organisation('Ølberg AS')
    const answering = slowAnswer(main)
    const { preparer } = await builtAhead([request(org.id)])
    const making = makeContracts([request(org.id)], options(preparer))
    await preparedInMain()
    expect(main.clicks).toEqual([])
    answering.answer()
    expect(await making).toMatchObject({ ok: true })
    expect(main.clicks.map((c) => [c.prepared, c.contracts])).toEqual([['token-1', undefined]])
    expect(names(main.printed[0])).toEqual(['Ølberg AS'])
  })

  it('clicked before the choice was built, builds it once and sends its models to main once', async () => {
    const org = await organisation('Ølberg AS')
    // A stored template: recording the contract then changes none of its inputs (which would rightly build again).
    await made(saveTemplate('Avtale med {{virksomhet.navn}}.'))
    let sentAhead = 0
    const prepareContracts = window.nfk!.prepareContracts
    window.nfk!.prepareContracts = (sent) => {
      sentAhead++
      return prepareContracts(sent)
    }
    const { preparer } = pageChoosing([request(org.id)], 20)
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // The choice's own timer would have fired by now: it found the build made.
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(sentAhead).toBe(1)
    expect(main.clicks.map((c) => [c.prepared, c.contracts])).toEqual([['token-1', undefined]])
    expect(names(main.printed[0])).toEqual(['Ølberg AS'])
  })

  it('cancelled while its models are on their way to main, asks main to render nothing and records nothing', async () => {
    const org = await organisation('Ølberg AS')
    const answering = slowAnswer(main)
    const { preparer } = await builtAhead([request(org.id)])
    const cancel = new AbortController()
    const making = makeContracts([request(org.id)], { ...options(preparer), signal: cancel.signal })
    await preparedInMain()
    cancel.abort()
    answering.answer()
    expect(await making).toEqual({ ok: false, message: BATCH_CANCELLED, cancelled: true })
    expect(main.clicks).toEqual([])
    expect(await db().contracts.count()).toBe(0)
  })
})
