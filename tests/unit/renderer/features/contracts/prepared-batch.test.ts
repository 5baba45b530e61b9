import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DesktopApi } from '../../../../../electron/shared/ipc-contract'
import type { ContractModel } from '../../../../../electron/shared/channels/contracts'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { saveTemplate, type ContractRequest } from '../../../../../renderer/db/repositories/contracts-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { BATCH_CANCELLED, makeContracts } from '../../../../../renderer/features/contracts/contract-job'
import { BatchPreparer } from '../../../../../renderer/features/contracts/prepared-batch'
import { freshDatabase, made } from '../../db-helpers'

const organisation = (name: string) => made(createOrganisation({ ...emptyOrganisationInput(), name, orgNumber: '923609016' }))
const rename = (org: Organisation, name: string) => made(updateOrganisation(org.id, { ...emptyOrganisationInput(), ...org, name }))

const request = (organisationId: string, signatoryPersonId: string | null = null): ContractRequest => ({
  organisationId,
  signatoryPersonId,
  signatory: { name: 'Kari Nordmann', title: 'daglig leder' },
  commissioner: { name: 'Marit Vea', title: 'byråd for miljø og samferdsel' },
  signingDate: '2027-06-03',
  eventId: null,
})

/** The preparer's build starts on a timer of 0 ms: a timer set after it runs after it. */
const afterPrepareTimer = () => new Promise((resolve) => setTimeout(resolve, 0))

/** What main printed, from a stand-in host that saves every batch; and what each click sent it. */
let printed: ContractModel[][] = []
let clicks: { contracts?: ContractModel[]; prepared?: string }[] = []
/** The stand-in, like main, holds the latest models sent ahead under a token; null forgets them. */
let held: { token: string; contracts: ContractModel[] } | null = null
let tokens = 0
/** Main's answer to models sent ahead waits for this, when set (the bridge is slow). */
let mainAnswers: Promise<void> | null = null

beforeEach(async () => {
  await freshDatabase()
  printed = []
  clicks = []
  held = null
  tokens = 0
  mainAnswers = null
  window.nfk = {
    onEvent: () => () => {},
    cancelJob: async () => ({ ok: true, data: { cancelled: false } }),
    prepareContracts: async ({ contracts }: { contracts: ContractModel[] }) => {
      const token = `token-${++tokens}`
      held = { token, contracts }
      await mainAnswers
      return { ok: true, data: { token } }
    },
    renderContracts: async (sent: { contracts?: ContractModel[]; prepared?: string }) => {
      clicks.push(sent)
      const contracts = sent.contracts ?? (held && held.token === sent.prepared ? held.contracts : null)
      if (!contracts) return { ok: false, error: 'not-found', detail: 'prepared' }
      printed.push(contracts)
      return { ok: true, data: { merged: { path: '/ut/k.pdf', name: 'k.pdf' }, separate: [], pageCount: 2 } }
    },
  } as unknown as DesktopApi
})
/** The build is done and main's answer to the models sent ahead has come. */
const preparedInMain = () => new Promise((resolve) => setTimeout(resolve, 0))
afterEach(() => {
  window.nfk = undefined
})

const names = (models: ContractModel[] | undefined) => models?.map((m) => m.organisation.name)
const options = (prepared: BatchPreparer) => ({ separateFiles: false, mergedName: 'Klimakontrakter', prepared })

describe('contract models built ahead on the batch page', () => {
  it('are what the click sends, while nothing changed', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    const built = await preparer.take([request(org.id)])
    expect(names(built?.ok ? built.data.models : undefined)).toEqual(['Ølberg AS'])
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // The very models built ahead went to main.
    expect(printed[0]?.[0]).toBe(built?.ok ? built.data.models[0] : null)
    stop()
  })

  it('are never printed once the organisation changed: the click builds from the data as it is', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(60_000)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    // Built at once for this test (the page waits for the choice to rest).
    ;(preparer as unknown as { prepare: () => void }).prepare()
    await preparer.take([request(org.id)])
    await rename(org, 'Nytt Navn AS')
    expect(await preparer.take([request(org.id)])).toBeNull()
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(names(printed[0])).toEqual(['Nytt Navn AS'])
    stop()
  })

  it('are not used when the change committed while they were being built', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    // The build's reads are under way; the rename commits before anyone takes it.
    await rename(org, 'Nytt Navn AS')
    expect(await preparer.take([request(org.id)])).toBeNull()
    stop()
  })

  it('are built again after a change, for the choice the page shows', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await rename(org, 'Nytt Navn AS')
    await afterPrepareTimer()
    const rebuilt = await preparer.take([request(org.id)])
    expect(names(rebuilt?.ok ? rebuilt.data.models : undefined)).toEqual(['Nytt Navn AS'])
    stop()
  })

  it('follow a new template text and a signer whose roles changed', async () => {
    const org = await organisation('Ølberg AS')
    const signer = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Kari Nordmann', roles: ['annen'] }))
    const chosen = [request(org.id, signer.id)]
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose(chosen)
    await afterPrepareTimer()
    await preparer.take(chosen)
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
    stop()
  })

  it('once finished, are handed over at once (no await), and not once the data changed', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    expect(preparer.ready([request(org.id)])).toBeUndefined()
    await afterPrepareTimer()
    const built = await preparer.take([request(org.id)])
    expect(preparer.ready([request(org.id)])).toBe(built)
    expect(preparer.ready([{ ...request(org.id), signingDate: '2027-06-04' }])).toBeNull()
    await rename(org, 'Nytt Navn AS')
    expect(preparer.ready([request(org.id)])).toBeNull()
    stop()
  })

  it('are not used for another choice, nor after the page stopped', async () => {
    const [a, b] = [await organisation('Ølberg AS'), await organisation('Åsen AS')]
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(a.id)])
    await afterPrepareTimer()
    expect(await preparer.take([request(a.id), request(b.id)])).toBeNull()
    expect(await preparer.take([{ ...request(a.id), signingDate: '2027-06-04' }])).toBeNull()
    expect(await preparer.take([request(a.id)])).not.toBeNull()
    stop()
    expect(await preparer.take([request(a.id)])).toBeNull()
  })

  it('are sent to main ahead, and the click names them by their token instead of sending them again', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await preparedInMain()
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(clicks).toEqual([{ prepared: 'token-1', separateFiles: false, mergedName: 'Klimakontrakter', jobId: expect.any(String) }])
    expect(names(printed[0])).toEqual(['Ølberg AS'])
    expect(await db().contracts.count()).toBe(1)
    stop()
  })

  it('once the organisation changed, the click prints the new models, never by the token of the old', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(60_000)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    ;(preparer as unknown as { prepare: () => void }).prepare()
    await preparer.take([request(org.id)])
    await preparedInMain()
    expect(held?.contracts.map((m) => m.organisation.name)).toEqual(['Ølberg AS'])
    await rename(org, 'Nytt Navn AS')
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // Built again at the click, and sent to main ahead like any build: named by the new token.
    expect(clicks.map((c) => c.prepared)).toEqual(['token-2'])
    expect(names(printed[0])).toEqual(['Nytt Navn AS'])
    stop()
  })

  it('sends the models with the click when main no longer holds them (replaced or expired), and records them once', async () => {
    const org = await organisation('Ølberg AS')
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    await preparedInMain()
    held = null
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    expect(clicks.map((c) => [c.prepared, names(c.contracts)])).toEqual([
      ['token-1', undefined],
      [undefined, ['Ølberg AS']],
    ])
    expect(printed).toHaveLength(1)
    expect(await db().contracts.count()).toBe(1)
    stop()
  })

  it('clicked while its models are on their way to main, waits for main\'s token instead of sending them twice', async () => {
    const org = await organisation('Ølberg AS')
    const answering: { answer?: () => void } = {}
    mainAnswers = new Promise((resolve) => (answering.answer = resolve))
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    const making = makeContracts([request(org.id)], options(preparer))
    await preparedInMain()
    expect(clicks).toEqual([])
    answering.answer?.()
    expect(await making).toMatchObject({ ok: true })
    expect(clicks.map((c) => [c.prepared, c.contracts])).toEqual([['token-1', undefined]])
    expect(names(printed[0])).toEqual(['Ølberg AS'])
    stop()
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
    const preparer = new BatchPreparer(20)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    expect(await makeContracts([request(org.id)], options(preparer))).toMatchObject({ ok: true })
    // The choice's own timer would have fired by now: it found the build made.
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(sentAhead).toBe(1)
    expect(clicks.map((c) => [c.prepared, c.contracts])).toEqual([['token-1', undefined]])
    expect(names(printed[0])).toEqual(['Ølberg AS'])
    stop()
  })

  it('cancelled while its models are on their way to main, asks main to render nothing and records nothing', async () => {
    const org = await organisation('Ølberg AS')
    const answering: { answer?: () => void } = {}
    mainAnswers = new Promise((resolve) => (answering.answer = resolve))
    const preparer = new BatchPreparer(0)
    const stop = preparer.start()
    preparer.choose([request(org.id)])
    await afterPrepareTimer()
    await preparer.take([request(org.id)])
    const cancel = new AbortController()
    const making = makeContracts([request(org.id)], { ...options(preparer), signal: cancel.signal })
    await preparedInMain()
    cancel.abort()
    answering.answer?.()
    expect(await making).toEqual({ ok: false, message: BATCH_CANCELLED, cancelled: true })
    expect(clicks).toEqual([])
    expect(await db().contracts.count()).toBe(0)
    stop()
  })
})
