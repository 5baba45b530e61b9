/**
 * Pages load as their own chunks. A page whose code was loaded ahead (`preload`, a first start
 * while the name is typed) shows in the same render, with no fallback in between: React holds a
 * revealed Suspense boundary back for about 300 ms, which a person would wait through after Start.
 */
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import { lazyPage } from '../../../../renderer/components/lazy-page'

afterEach(cleanup)

const pageModule = () => ({ OverviewPage: () => <h1>Oversikt</h1> })

it('shows a preloaded page at once, without suspending', async () => {
  const load = vi.fn(async () => pageModule())
  const Page = lazyPage(load, 'OverviewPage')
  await Page.preload()
  render(
    <Suspense fallback={<p>Laster</p>}>
      <Page />
    </Suspense>,
  )
  expect(screen.getByRole('heading', { name: 'Oversikt' })).toBeTruthy()
  expect(screen.queryByText('Laster')).toBeNull()
  expect(load).toHaveBeenCalledTimes(1)
})

it('loads a page that was not preloaded when shown, once, however often it is preloaded meanwhile', async () => {
  let resolve: (m: ReturnType<typeof pageModule>) => void = () => {}
  const load = vi.fn(() => new Promise<ReturnType<typeof pageModule>>((r) => (resolve = r)))
  const Page = lazyPage(load, 'OverviewPage')
  render(
    <Suspense fallback={<p>Laster</p>}>
      <Page />
    </Suspense>,
  )
  expect(screen.getByText('Laster')).toBeTruthy()
  void Page.preload()
  await act(async () => resolve(pageModule()))
  expect(await screen.findByRole('heading', { name: 'Oversikt' })).toBeTruthy()
  expect(load).toHaveBeenCalledTimes(1)
})
