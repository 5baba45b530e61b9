import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_BASE_LENGTH, safeFileName, uniquePath } from '../../../../electron/main/files/file-names'

const pdf = (name: string) => safeFileName(name, { extension: 'pdf', fallback: 'Klimakontrakt' })

describe('safeFileName', () => {
  it('never yields a Windows device name, with or without extension', () => {
    expect(pdf('CON')).toBe('CON_.pdf')
    expect(pdf('con')).toBe('con_.pdf')
    expect(pdf('LPT1')).toBe('LPT1_.pdf')
    expect(pdf('Con.txt')).toBe('Con.txt_.pdf')
    expect(pdf('Console AS')).toBe('Console AS.pdf')
  })

  it('removes reserved characters and trailing dots but keeps Norwegian letters', () => {
    expect(pdf('Ølberg A/S: "Test".')).toBe('Ølberg A-S Test.pdf')
    expect(pdf('Æ<b>|c?*')).toBe('Æb-c.pdf')
    expect(pdf('Čáhppes Đuoddar ŋŧž')).toBe('Čáhppes Đuoddar ŋŧž.pdf')
  })

  it('bounds the length of a 300-character name without splitting a letter', () => {
    const long = 'Å'.repeat(150) + ' ' + 'b'.repeat(149)
    const name = pdf(long)
    expect(Array.from(name.replace(/\.pdf$/, '')).length).toBeLessThanOrEqual(MAX_BASE_LENGTH)
    expect(name).toBe(`${'Å'.repeat(100)}.pdf`)
  })

  it('drops emoji whole, never leaving half a surrogate pair', () => {
    expect(pdf('Grønn 🌱 Energi 👩‍👩‍👧 AS')).toBe('Grønn Energi AS.pdf')
    expect(pdf('🌱'.repeat(200))).toBe('Klimakontrakt.pdf')
    expect(pdf('a'.repeat(99) + '🌱b')).toBe(`${'a'.repeat(99)}b.pdf`)
  })

  it('falls back when the name cleans to nothing', () => {
    expect(pdf('')).toBe('Klimakontrakt.pdf')
    expect(pdf(' ... ')).toBe('Klimakontrakt.pdf')
    expect(pdf('<>:"/\\|?*')).toBe('Klimakontrakt.pdf')
    expect(pdf('\u0000\u0007')).toBe('Klimakontrakt.pdf')
  })
})

describe('uniquePath', () => {
  let folder = ''
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('never returns an existing file or one already chosen in the batch (case-insensitively)', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'nfk-names-'))
    writeFileSync(path.join(folder, 'Navn.pdf'), 'old')
    const taken = new Set<string>()
    expect(await uniquePath(folder, 'Navn.pdf', taken)).toBe(path.join(folder, 'Navn (2).pdf'))
    expect(await uniquePath(folder, 'navn.pdf', taken)).toBe(path.join(folder, 'navn (3).pdf'))
    expect(await uniquePath(folder, 'Annet.pdf', taken)).toBe(path.join(folder, 'Annet.pdf'))
  })
})
