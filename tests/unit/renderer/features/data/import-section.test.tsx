import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import * as backupRepo from '../../../../../renderer/db/repositories/backup-repo'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { useDataPage } from '../../../../../renderer/features/data/store'
import { encodeEnvelope, type Envelope } from '../../../../../renderer/domain/backup/envelope'
import { freshDatabase, made } from '../../db-helpers'
import { importHost, leaveImportSection, showImportOf } from './import-section-harness'
import { person, uuidN } from '../../domain/backup/seed'

// The real write, unless a test makes it fail the way a full disk or a slip in the code would.
const failWith = vi.hoisted(() => ({ error: null as Error | null }))
vi.mock('../../../../../renderer/db/repositories/backup-repo', async (original) => {
  const real = await original<typeof backupRepo>()
  return { ...real, applyImport: (...args: Parameters<typeof real.applyImport>) => (failWith.error ? Promise.reject(failWith.error) : real.applyImport(...args)) }
})

beforeEach(async () => {
  setClock(() => new Date('2026-11-28T10:00:00.000Z'))
  failWith.error = null
  window.nfk = importHost
  await freshDatabase()
})
afterEach(leaveImportSection)

async function seed() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ruoŧŧa AS' }, { status: 'medlem', date: '2020-01-10' }))
  const kari = await made(addPerson(org.id, { name: 'Ánde Ŋuolla', title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }))
  return { org, kari }
}

const open = (bytes: Uint8Array) => showImportOf(bytes)
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
/** The busy state always ends: no progress bar once the answer is on screen. */
const notBusy = () => expect(screen.queryByRole('progressbar')).toBeNull()

describe('the import section never leaves a spinner running', () => {
  it('answers a file with a table named toString with a Norwegian refusal naming it', async () => {
    await seed()
    const file = text(encodeEnvelope(await exportDatabase({ appVersion: '1' }))).replace('"data": {', '"data": {\n"toString": [],')
    open(new TextEncoder().encode(file))
    expect((await screen.findByRole('alert')).textContent).toContain('Filen «fil.json» kan ikke importeres. Tabell «toString» finnes ikke i dette programmet.')
    notBusy()
    expect(screen.getByRole('button', { name: 'Importer fil …' })).toHaveProperty('disabled', false)
  })

  it('answers an unexpected failure while comparing with a Norwegian sentence, not the error', async () => {
    await seed()
    const bytes = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    db().close({ disableAutoOpen: true })
    open(bytes)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Filen «fil.json» kan ikke importeres. En uventet feil i programmet stoppet importen. Ingenting er endret.')
    expect(alert.textContent).not.toMatch(/Database|closed|Error/)
    notBusy()
    logged.mockRestore()
  })

  it('answers a failing write with a Norwegian sentence and leaves the busy state', async () => {
    await seed()
    open(encodeEnvelope(await exportDatabase({ appVersion: '1' })))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    failWith.error = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'QuotaExceededError' })
    fireEvent.click(await screen.findByRole('button', { name: 'Slå sammen' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Importen feilet, og ingenting er endret. Det er ikke nok ledig plass på disken.')
    notBusy()
    failWith.error = new TypeError("Cannot read properties of undefined (reading 'id')")
    const again = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    act(() => useDataPage.getState().setSource({ name: 'fil2.json', bytes: again, fromBackup: false }))
    fireEvent.click(await screen.findByRole('button', { name: 'Slå sammen' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Importen feilet, og ingenting er endret. En uventet feil i programmet stoppet importen.')
    notBusy()
    logged.mockRestore()
  })
})

describe('the import preview', () => {
  it('lists dangling references, says nothing is changed, and cannot be confirmed in either mode', async () => {
    await seed()
    const envelope: Envelope = structuredClone(await exportDatabase({ appVersion: '1' }))
    envelope.data.people = [...(envelope.data.people ?? []), person(uuidN(404), 'Ola Nordmann')]
    envelope.counts.people = envelope.data.people.length
    open(encodeEnvelope(envelope))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Filen kan ikke importeres ved å slå sammen: 1 henvisning peker på noe som ikke finnes i filen eller her. Ingenting er endret.')
    expect(alert.textContent).toContain(`Tabell «people», rad 2, felt «organisationId»: peker på en virksomhet som ikke finnes (id ${uuidN(404)}).`)
    expect(screen.getByRole('button', { name: 'Slå sammen' })).toHaveProperty('disabled', true)
    fireEvent.click(screen.getByRole('radio', { name: /Erstatt alt/ }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Erstatt alt' })).toHaveProperty('disabled', true))
    expect((screen.getByRole('alert')).textContent).toContain('Filen kan ikke importeres slik at den erstatter alt')
    notBusy()
  })

  it('says how many erased records the file holds and that they stay erased', async () => {
    const { kari } = await seed()
    const older = encodeEnvelope(await exportDatabase({ appVersion: '1' }))
    await erasePerson(kari.id)
    open(older)
    expect((await screen.findByText(/Filen inneholder 1 person som er slettet for godt/)).textContent).toContain(
      'Filen inneholder 1 person som er slettet for godt (1 av dem med opplysninger som fortsatt står i filen). De forblir slettet: opplysningene leses ikke inn igjen, og endringsloggen sier «slettet person».',
    )
  })

  it('warns that the other laptop’s clock looks wrong and shows its row as a conflict', async () => {
    const { org } = await seed()
    const envelope: Envelope = structuredClone(await exportDatabase({ appVersion: '1' }))
    envelope.data.organisations = (envelope.data.organisations ?? []).map((o) => ({ ...o, name: 'Fra fremtiden AS', updatedAt: '2031-01-01T00:00:00.000Z' }))
    await db().organisations.update(org.id, { name: 'Endret her AS', updatedAt: '2026-11-28T09:00:00.000Z' })
    open(encodeEnvelope(envelope))
    expect((await screen.findByText(/Klokken på maskinen som laget filen ser ut til å gå feil/)).textContent).toContain(
      'Klokken på maskinen som laget filen ser ut til å gå feil: 1 rad er merket med et tidspunkt mer enn et døgn etter at filen ble eksportert (28.11.2026 kl. 11.00).',
    )
    const conflict = screen.getByRole('group', { name: 'Virksomheten «Endret her AS»' })
    expect((conflict).textContent).toContain('klokken på den andre maskinen ser ut til å gå feil')
    expect(screen.getByRole('radio', { name: /^Behold min: Navn: «Endret her AS»/ })).toHaveProperty('checked', true)
  })
})
