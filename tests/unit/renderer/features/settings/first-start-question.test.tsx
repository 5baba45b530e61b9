/**
 * The first-start question as a person meets it: a named dialog with the name field in focus, a
 * clear error for an empty name, the typed name kept while it is saved (and on screen if saving
 * fails), and one early call while typing so the database can be made before Start is pressed.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { FirstStartQuestion } from '../../../../../renderer/features/settings'

afterEach(cleanup)

const field = () => screen.getByRole('textbox', { name: 'Ditt navn' })
const start = () => screen.getByRole('button', { name: 'Start' })
const type = (value: string) => fireEvent.change(field(), { target: { value } })

it('opens as a modal dialog named by its title, with the name field focused', () => {
  render(<FirstStartQuestion onAnswer={async () => {}} />)
  const dialog = screen.getByRole('dialog', { name: 'Velkommen til NFK Sekretariat' })
  expect((dialog as HTMLDialogElement).open).toBe(true)
  expect(document.activeElement).toBe(field())
})

it('refuses an empty name with a Norwegian error tied to the field, and saves nothing', () => {
  const onAnswer = vi.fn(async () => {})
  render(<FirstStartQuestion onAnswer={onAnswer} />)
  type('   ')
  fireEvent.click(start())
  expect(screen.getByText('Navnet må fylles ut.')).toBeTruthy()
  expect(field().getAttribute('aria-invalid')).toBe('true')
  expect(onAnswer).not.toHaveBeenCalled()
})

it('saves the name typed, once, and keeps it in the field while it is saved', async () => {
  let saved: () => void = () => {}
  const onAnswer = vi.fn(() => new Promise<void>((resolve) => (saved = resolve)))
  render(<FirstStartQuestion onAnswer={onAnswer} />)
  type('Kari Nordmann')
  fireEvent.click(start())
  fireEvent.click(start())
  expect(onAnswer).toHaveBeenCalledTimes(1)
  expect(onAnswer).toHaveBeenCalledWith('Kari Nordmann')
  expect((field() as HTMLInputElement).value).toBe('Kari Nordmann')
  // Once saved, the question takes another answer (its owner normally closes it first).
  saved()
  await waitFor(() => {
    fireEvent.click(start())
    expect(onAnswer).toHaveBeenCalledTimes(2)
  })
})

it('says so when the name could not be saved, and keeps the name for another try', async () => {
  const onAnswer = vi.fn(async (): Promise<void> => {
    throw new Error('disk full')
  })
  render(<FirstStartQuestion onAnswer={onAnswer} />)
  type('Kari Nordmann')
  fireEvent.click(start())
  await screen.findByText(/Navnet ble ikke lagret/)
  expect((field() as HTMLInputElement).value).toBe('Kari Nordmann')
  onAnswer.mockImplementation(async () => {})
  fireEvent.click(start())
  await waitFor(() => expect(screen.queryByText(/Navnet ble ikke lagret/)).toBeNull())
  expect(onAnswer).toHaveBeenCalledTimes(2)
})

it('tells its owner once that typing began, however many letters follow', () => {
  const onTyping = vi.fn()
  render(<FirstStartQuestion onAnswer={async () => {}} onTyping={onTyping} />)
  expect(onTyping).not.toHaveBeenCalled()
  type('K')
  type('Ka')
  type('Kari')
  expect(onTyping).toHaveBeenCalledTimes(1)
})
