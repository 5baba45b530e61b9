import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { startEarlyRegisterRead, takeEarlyRegisterRead } from '../../../../../renderer/db/repositories/register-early-read'
import { prepareEarlyRows, registerSnapshot, subscribeRegister } from '../../../../../renderer/features/organisations/register-source'
import { rowsOf, sortedRowsOf } from '../../../../../renderer/features/organisations/register-prepared'
import type { NfkDatabase } from '../../../../../renderer/db/schema'
import { freshDatabase, made } from '../../db-helpers'

const input = (name: string) => ({ ...emptyOrganisationInput(), name })

/** Waits for the register's source to hold rows, without subscribing (a subscription starts the watch itself). */
async function rowsHeld(timeoutMs = 2000) {
  const until = Date.now() + timeoutMs
  while (!registerSnapshot().value) {
    if (Date.now() > until) throw new Error('the register source holds no rows')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return registerSnapshot().value!
}

describe('a start on the register', () => {
  let database: NfkDatabase
  beforeEach(async () => {
    database = await freshDatabase()
    await setUserName('Kari Nordmann')
  })
  afterEach(() => {
    // The last subscriber to leave stops the watch and drops its rows.
    subscribeRegister(() => {})()
    takeEarlyRegisterRead()?.close()
  })

  it('has the early read’s rows, built and sorted, before the page subscribes, so its first render shows them', async () => {
    await made(createOrganisation(input('Østfold Energi AS')))
    await made(createOrganisation(input('Aker Sol AS')))
    startEarlyRegisterRead(database.name)
    expect(await prepareEarlyRows()).toBe(true)
    const tables = await rowsHeld()
    expect(tables.active.map((o) => o.name).toSorted()).toEqual(['Aker Sol AS', 'Østfold Energi AS'])
    // The page's first render finds them made: the same rows, in Norwegian order.
    const sorted = sortedRowsOf(rowsOf(tables.active), { key: 'name', direction: 'asc' })
    expect(sorted.map((r) => r.org.name)).toEqual(['Aker Sol AS', 'Østfold Energi AS'])
    expect(rowsOf(tables.active)).toBe(rowsOf(tables.active))
  })
})
