/**
 * The Data page's import preview with a fork (fork-story.ts, both copies gave the contact the same
 * title): picking a side plans again at once, the preview stays on screen meanwhile and "Slå sammen"
 * waits for it; quick changes of mind end with the last choice shown, and that is what is written.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { emptyPersonInput, updatePerson } from '../../../../../renderer/db/repositories/people-repo'
import { made } from '../../db-helpers'
import { forkStory } from './fork-story'
import { importHost, leaveImportSection, showImportOf } from './import-section-harness'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
  window.nfk = importHost
})
afterEach(() => {
  leaveImportSection()
  vi.useRealTimers()
})

const title = async ({ contact }: { contact: string }) => {
  await made(updatePerson(contact, { ...emptyPersonInput(), name: 'Kontakt Bygg as', title: 'Daglig leder', roles: ['klimakontakt'] }))
}

/** The cells of the preview's row for people: new, changed, alike, conflicts, newer here. */
const peopleRow = () => within(screen.getByRole('table', { name: 'Forhåndsvisning per tabell' })).getByRole('row', { name: /^Personer/ }).textContent
const mine = () => screen.getByRole('radio', { name: /^Behold min: slått sammen med «Bygg AS»/ })
const theirs = () => screen.getByRole('radio', { name: /^Bruk filens: slått sammen med «BYGG AS»/ })
const merge = () => screen.getByRole('button', { name: 'Slå sammen' })

async function opened() {
  const story = await forkStory({ per: title, kari: title })
  showImportOf(story.fromPer, 'per.json')
  await screen.findByText('Konflikter (2)')
  return story
}

describe('a fork in the import preview', () => {
  it('updates the counts when the other merge is picked, keeping the preview on screen and «Slå sammen» waiting meanwhile', async () => {
    await opened()
    expect(peopleRow()).toBe('Personer00010')
    fireEvent.click(mine())
    expect((merge() as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByRole('status').textContent).toBe('Oppdaterer tallene etter valget ditt …')
    expect(screen.getByRole('table', { name: 'Forhåndsvisning per tabell' })).toBeTruthy()
    await screen.findByText('Konflikter (1)')
    expect(peopleRow()).toBe('Personer00001')
    await waitFor(() => expect((merge() as HTMLButtonElement).disabled).toBe(false))
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('ends with the last of quick changes of mind, and writes that', async () => {
    const { a, b, contact } = await opened()
    fireEvent.click(mine())
    fireEvent.click(theirs())
    fireEvent.click(mine())
    await waitFor(() => expect((merge() as HTMLButtonElement).disabled).toBe(false))
    expect((mine() as HTMLInputElement).checked).toBe(true)
    expect(peopleRow()).toBe('Personer00001')
    expect(screen.getByText('Konflikter (1)')).toBeTruthy()
    fireEvent.click(merge())
    await screen.findByText(/Importen er fullført/)
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(a.id)
    expect(await db().people.get(contact.id)).toMatchObject({ organisationId: a.id, title: 'Daglig leder' })
  })
})
