import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { speakingAnnouncements } from '../../../../../renderer/features/lunches/speaking'

const names: Record<string, string> = { a: 'Byggmester Berg AS', b: 'Fjordkraft Grønn AS', c: 'Sykkelbud Oslo' }
const active = (id: string) => ({ id }) as unknown as Active
const over = (id: string) => ({ id }) as unknown as Over
const announce = () => speakingAnnouncements(['a', 'b', 'c'], (id) => names[id]!)

describe('speakingAnnouncements', () => {
  it('tells who was picked up and where, in bokmål', () => {
    expect(announce().onDragStart({ active: active('a') })).toBe('Tok opp Byggmester Berg AS. Plass 1 av 3.')
  })

  it('stays quiet when the lifted row is reported over its own place, so "Tok opp" is heard', () => {
    const a = announce()
    a.onDragStart({ active: active('b') })
    expect(a.onDragOver({ active: active('b'), over: over('b') })).toBeUndefined()
    expect(a.onDragOver({ active: active('b'), over: over('c') })).toBe('Flyttet Fjordkraft Grønn AS til plass 3 av 3.')
  })

  it('tells a move back to the starting place, once the row has been moved away', () => {
    const a = announce()
    a.onDragStart({ active: active('b') })
    a.onDragOver({ active: active('b'), over: over('b') })
    a.onDragOver({ active: active('b'), over: over('a') })
    expect(a.onDragOver({ active: active('b'), over: over('b') })).toBe('Flyttet Fjordkraft Grønn AS til plass 2 av 3.')
  })

  it('tells the drop and the cancel with the place the row ends on', () => {
    const a = announce()
    expect(a.onDragEnd({ active: active('a'), over: over('b') })).toBe('Slapp Byggmester Berg AS på plass 2 av 3.')
    expect(a.onDragEnd({ active: active('a'), over: null })).toBe('Slapp Byggmester Berg AS utenfor talelisten. Rekkefølgen er uendret.')
    expect(a.onDragCancel({ active: active('c'), over: over('a') })).toBe('Avbrøt flyttingen. Sykkelbud Oslo er tilbake på plass 3 av 3.')
  })
})
