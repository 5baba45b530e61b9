/**
 * Main, as the contract batch sees it over the bridge, for the prepared-batch tests: it holds the
 * latest models sent ahead under a token (like main), prints what a click names or sends, and keeps
 * what each click sent. `installed()` puts it on `window.nfk` before each test, on a fresh database.
 */
import { afterEach, beforeEach, onTestFinished } from 'vitest'
import type { DesktopApi } from '../../../../../electron/shared/ipc-contract'
import type { ContractModel } from '../../../../../electron/shared/channels/contracts'
import type { Organisation } from '../../../../../renderer/db/models'
import type { ContractRequest } from '../../../../../renderer/db/repositories/contracts-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { BatchPreparer } from '../../../../../renderer/features/contracts/prepared-batch'
import { contractRequest } from '../../contract-request'
import { freshDatabase, made } from '../../db-helpers'

export type Click = { contracts?: ContractModel[]; prepared?: string }

export type StandInMain = {
  /** What main printed, a batch each. */
  printed: ContractModel[][]
  /** What each click sent it. */
  clicks: Click[]
  /** The models sent to it ahead of a click, a batch each, in the order they came. */
  sentAhead: ContractModel[][]
  /** The latest models sent ahead, under their token; null forgets them (replaced or expired). */
  held: { token: string; contracts: ContractModel[] } | null
  /** Main's answer to models sent ahead waits for this, when set (the bridge is slow). */
  mainAnswers: Promise<void> | null
}

/** The stand-in main, fresh (with a fresh database) before each test of the file that calls this. */
export function installed(): StandInMain {
  const main: StandInMain = { printed: [], clicks: [], sentAhead: [], held: null, mainAnswers: null }
  let tokens = 0
  beforeEach(async () => {
    await freshDatabase()
    Object.assign(main, { printed: [], clicks: [], sentAhead: [], held: null, mainAnswers: null })
    tokens = 0
    window.nfk = {
      onEvent: () => () => {},
      cancelJob: async () => ({ ok: true, data: { cancelled: false } }),
      prepareContracts: async ({ contracts }: { contracts: ContractModel[] }) => {
        main.sentAhead.push(contracts)
        const token = `token-${++tokens}`
        main.held = { token, contracts }
        await main.mainAnswers
        return { ok: true, data: { token } }
      },
      renderContracts: async (sent: Click) => {
        main.clicks.push(sent)
        const held = main.held
        const contracts = sent.contracts ?? (held && held.token === sent.prepared ? held.contracts : null)
        if (!contracts) return { ok: false, error: 'not-found', detail: 'prepared' }
        main.printed.push(contracts)
        return { ok: true, data: { merged: { path: '/ut/k.pdf', name: 'k.pdf' }, separate: [], pageCount: 2 } }
      },
    } as unknown as DesktopApi
  })
  afterEach(() => {
    window.nfk = undefined
  })
  return main
}

/** Main's answer, held back until `answer()` (the models are on their way to main meanwhile). */
export function slowAnswer(main: StandInMain): { answer: () => void } {
  const answering = { answer: () => {} }
  main.mainAnswers = new Promise((resolve) => (answering.answer = resolve))
  return answering
}

export const organisation = (name: string) => made(createOrganisation({ ...emptyOrganisationInput(), name, orgNumber: '923609016' }))
export const rename = (org: Organisation, name: string) => made(updateOrganisation(org.id, { ...emptyOrganisationInput(), ...org, name }))

export const request = (organisationId: string, signatoryPersonId: string | null = null): ContractRequest => contractRequest(organisationId, undefined, signatoryPersonId)

/** The preparer's build starts on a timer of 0 ms: a timer set after it runs after it. */
export const afterPrepareTimer = () => new Promise((resolve) => setTimeout(resolve, 0))

/** The build is done and main's answer to the models sent ahead has come. */
export const preparedInMain = () => new Promise((resolve) => setTimeout(resolve, 0))

export const names = (models: ContractModel[] | undefined) => models?.map((m) => m.organisation.name)

/** The click's options on the batch page, with its preparer. */
export const options = (prepared: BatchPreparer) => ({ separateFiles: false, mergedName: 'Klimakontrakter', prepared })

/** The batch page showing the form, with these requests chosen; `stop` is the page going (at the test's end at the latest). */
export function pageChoosing(requests: ContractRequest[], delayMs = 0): { preparer: BatchPreparer; stop: () => void } {
  const preparer = new BatchPreparer(delayMs)
  const stop = preparer.start()
  onTestFinished(stop)
  preparer.choose(requests)
  return { preparer, stop }
}
