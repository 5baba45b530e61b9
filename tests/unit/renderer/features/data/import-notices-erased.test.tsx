/** The preview's note on erased records in a file says what the history will say in their place. */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { PlanPreview } from '../../../../../renderer/features/data/import-core'
import { ImportNotices } from '../../../../../renderer/features/data/ImportNotices'

afterEach(cleanup)

const plan = (people: number, organisations: number) =>
  ({ erased: { people, organisations, withContent: 0 }, clock: { incomingAhead: 0, localAhead: 0 }, problems: [], problemCount: 0, mode: 'merge', envelope: { exportedAt: '2026-11-28T10:00:00.000Z' } }) as unknown as PlanPreview

describe('the import preview’s note on records erased for good', () => {
  it('says «slettet virksomhet» for an emptied organisation, with «slettet person» for its people', () => {
    render(<ImportNotices plan={plan(2, 1)} />)
    expect(screen.getByText(/Filen inneholder/).textContent).toBe(
      'Filen inneholder 2 personer og 1 virksomhet som er slettet for godt. De forblir slettet: opplysningene leses ikke inn igjen, og endringsloggen sier «slettet person» eller «slettet virksomhet».',
    )
  })

  it('says «slettet virksomhet» alone for an organisation emptied with nobody in it, «slettet person» alone for people', () => {
    render(<ImportNotices plan={plan(0, 1)} />)
    expect(screen.getByText(/Filen inneholder/).textContent).toMatch(/endringsloggen sier «slettet virksomhet»\.$/)
    cleanup()
    render(<ImportNotices plan={plan(1, 0)} />)
    expect(screen.getByText(/Filen inneholder/).textContent).toMatch(/endringsloggen sier «slettet person»\.$/)
  })
})
