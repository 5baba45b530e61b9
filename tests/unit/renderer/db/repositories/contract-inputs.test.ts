import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { contractInputsStamp, touchesContractInputs, watchContractInputs } from '../../../../../renderer/db/repositories/contract-inputs'
import { saveTemplate } from '../../../../../renderer/db/repositories/contracts-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { auditMany, newRecord } from '../../../../../renderer/db/repositories/base'
import { freshDatabase, made } from '../../db-helpers'

const organisation = () => made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ølberg AS', orgNumber: '923609016' }))

describe('the stamp of a contract batch inputs', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('changes once an organisation, a person, a template or a logo changed, and says so to a watcher', async () => {
    let heard = 0
    const stop = watchContractInputs(() => heard++)
    const stamps = [contractInputsStamp()]
    const org = await organisation()
    stamps.push(contractInputsStamp())
    await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Kari Nordmann', roles: ['annen'] }))
    stamps.push(contractInputsStamp())
    await made(saveTemplate('Avtale med {{virksomhet.navn}}.'))
    stamps.push(contractInputsStamp())
    await db().attachments.add(newRecord({ ownerTable: 'contractTemplates', ownerId: 'x', name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([1]) }))
    stamps.push(contractInputsStamp())
    stop()
    await db().organisations.update(org.id, { name: 'Nytt Navn AS' })
    expect(new Set(stamps).size).toBe(5)
    // Each of the four writes was heard; the one after the stop was not.
    expect(heard).toBe(4)
  })

  it('stays the same for writes a contract is not made from (the contracts recorded, history)', async () => {
    await organisation()
    const before = contractInputsStamp()
    await db().contracts.add(newRecord({ organisationId: 'x' }) as never)
    await auditMany([{ table: 'contracts', entityId: 'x', action: 'create', summary: 'Klimakontrakt laget' }])
    expect(contractInputsStamp()).toBe(before)
  })

  it('changes when another context (the import worker) reports a change to the organisations', async () => {
    const before = contractInputsStamp()
    // Dexie in a worker reports its commits on this channel; Dexie in the page passes them on.
    const elsewhere = new BroadcastChannel('x-storagemutated-1')
    const heard = new Promise<void>((resolve) => {
      const stop = watchContractInputs(() => {
        stop()
        resolve()
      })
    })
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel, not a window
    elsewhere.postMessage({ [`idb://${db().name}/organisations/`]: {} })
    await heard
    elsewhere.close()
    expect(contractInputsStamp()).not.toBe(before)
  })

  it('differs for another database', async () => {
    const before = contractInputsStamp()
    await freshDatabase()
    expect(contractInputsStamp()).not.toBe(before)
  })

  it('reads Dexie change reports: the four tables, or everything', () => {
    expect(touchesContractInputs({ 'idb://nfk/organisations/': {} })).toBe(true)
    expect(touchesContractInputs({ 'idb://nfk/people/organisationId': {} })).toBe(true)
    expect(touchesContractInputs({ all: {} })).toBe(true)
    expect(touchesContractInputs({ 'idb://nfk/contracts/': {}, 'idb://nfk/auditLog/': {} })).toBe(false)
    expect(touchesContractInputs(null)).toBe(false)
  })
})
