import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { notify, useNotices } from '../../../../renderer/components/notices'

const shown = () => useNotices.getState().notices.map((n) => `${n.kind}: ${n.text}`)

describe('notices', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    useNotices.setState({ notices: [] })
  })
  afterEach(() => vi.useRealTimers())

  it('shows an identical message once however often it is repeated', () => {
    for (let i = 0; i < 4; i++) notify('Synkroniseringen er ferdig.')
    expect(shown()).toEqual(['success: Synkroniseringen er ferdig.'])
  })

  it('keeps a repeated message for the full time counted from its last repetition', () => {
    notify('Synkroniseringen er ferdig.')
    vi.advanceTimersByTime(6000)
    notify('Synkroniseringen er ferdig.')
    vi.advanceTimersByTime(6000)
    expect(shown()).toEqual(['success: Synkroniseringen er ferdig.'])
    vi.advanceTimersByTime(2000)
    expect(shown()).toEqual([])
  })

  it('keeps an offer to undo for half a minute, long enough to reach its button by keyboard', () => {
    notify('Bygg AS ble slått sammen med Bygg A/S.', 'success', { label: 'Angre', run: () => {} })
    notify('Organisasjonen er lagret.')
    vi.advanceTimersByTime(8000)
    expect(shown()).toEqual(['success: Bygg AS ble slått sammen med Bygg A/S.'])
    vi.advanceTimersByTime(22_000)
    expect(shown()).toEqual([])
  })

  it('moves a repeated message last, after the messages that came between', () => {
    notify('Synkroniseringen er ferdig.')
    notify('Organisasjonen er lagret.')
    notify('Synkroniseringen er ferdig.')
    expect(shown()).toEqual(['success: Organisasjonen er lagret.', 'success: Synkroniseringen er ferdig.'])
  })

  it('stacks messages that differ in words or kind', () => {
    notify('Synkroniseringen er ferdig.')
    notify('Synkroniseringen er ferdig.', 'error')
    notify('Synkroniseringen feilet.', 'error')
    expect(shown()).toEqual([
      'success: Synkroniseringen er ferdig.',
      'error: Synkroniseringen er ferdig.',
      'error: Synkroniseringen feilet.',
    ])
  })

  it('runs the newest offer when a message with an action is repeated', () => {
    const first = vi.fn()
    const second = vi.fn()
    notify('Organisasjonen er slettet.', 'success', { label: 'Angre', run: first })
    notify('Organisasjonen er slettet.', 'success', { label: 'Angre', run: second })
    const notices = useNotices.getState().notices
    expect(notices).toHaveLength(1)
    notices[0]?.action?.run()
    expect(second).toHaveBeenCalled()
    expect(first).not.toHaveBeenCalled()
  })
})
