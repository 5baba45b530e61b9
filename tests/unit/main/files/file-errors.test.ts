import { describe, expect, it } from 'vitest'
import { FileBusyError, ReadBackError, SHORT_WRITE } from '../../../../electron/main/files/atomic-write'
import { fileErrorReason, fileFailure } from '../../../../electron/main/files/file-errors'

const TEMP = '/home/kari/Dokumenter/.nfk-eksport.json.3f9a1c2b7d4e.tmp'
const nodeError = (code: string) => Object.assign(new Error(`${code}: something went wrong, open '${TEMP}'`), { code, path: TEMP })

describe('file errors as the page reads them', () => {
  const cases: [string, string][] = [
    ['EACCES', 'programmet har ikke tilgang til mappen eller filen'],
    ['EPERM', 'operativsystemet tillot ikke å skrive her (filen kan være åpen i et annet program eller skrivebeskyttet)'],
    ['ENOSPC', 'disken er full'],
    ['EDQUOT', 'lagringskvoten din er brukt opp'],
    ['EBUSY', 'filen er i bruk av et annet program'],
    ['ENOENT', 'mappen finnes ikke, eller er ikke tilgjengelig nå'],
    ['EROFS', 'disken eller mappen kan bare leses'],
    ['ENOTDIR', 'en del av stien er en fil, ikke en mappe'],
    ['EISDIR', 'det finnes en mappe med samme navn'],
    ['EEXIST', 'det finnes allerede noe med samme navn'],
    ['EIO', 'lese- eller skrivefeil på disken'],
    ['EMFILE', 'for mange filer er åpne'],
    ['ENFILE', 'for mange filer er åpne'],
    ['ENAMETOOLONG', 'filnavnet eller mappestien er for lang'],
    ['EINVAL', 'filnavnet er ugyldig'],
    ['ETIMEDOUT', 'nettverksmappen svarte ikke'],
    ['EHOSTDOWN', 'nettverksmappen svarte ikke'],
    ['ECONNRESET', 'forbindelsen til nettverksmappen ble brutt'],
    [SHORT_WRITE, 'filen ble ikke skrevet helt (disken kan være full)'],
  ]
  for (const [code, reason] of cases) {
    it(`says ${code} in Norwegian, naming the file and never the temporary path`, () => {
      expect(fileErrorReason(nodeError(code))).toBe(reason)
      expect(fileFailure(nodeError(code), '/home/kari/Dokumenter/nfk-eksport.json')).toEqual({ ok: false, error: 'io-failed', detail: `nfk-eksport.json: ${reason}` })
    })
  }

  it('names an unknown error code, but never repeats the message', () => {
    expect(fileErrorReason(nodeError('EXDEV'))).toBe('ukjent feil ved lesing eller skriving (EXDEV)')
    expect(fileErrorReason(Object.assign(new Error(TEMP), { code: `E${TEMP}` }))).toBe('ukjent feil ved lesing eller skriving')
    // Only a whole, plain error code is ever repeated: nothing before or after it, nothing but text.
    expect(fileErrorReason(Object.assign(new Error('x'), { code: 'tmpEIO' }))).toBe('ukjent feil ved lesing eller skriving')
    expect(fileErrorReason(Object.assign(new Error('x'), { code: 'EIO tmp' }))).toBe('ukjent feil ved lesing eller skriving')
    expect(fileErrorReason(Object.assign(new Error('x'), { code: ['EACCES'] }))).toBe('ukjent feil ved lesing eller skriving')
    expect(fileErrorReason(new Error(`Something in ${TEMP}`))).toBe('ukjent feil ved lesing eller skriving')
    expect(fileErrorReason('a string')).toBe('ukjent feil ved lesing eller skriving')
    expect(fileErrorReason(null)).toBe('ukjent feil ved lesing eller skriving')
  })

  it('says a held file is busy, naming the target, and a failed read-back is invalid data', () => {
    const busy = new FileBusyError('/home/kari/Dokumenter/Klimakontrakt.pdf', nodeError('EBUSY'))
    expect(fileFailure(busy)).toEqual({ ok: false, error: 'file-busy', detail: 'Klimakontrakt.pdf' })
    expect(fileErrorReason(busy)).toBe('filen er i bruk av et annet program')
    expect(busy.message).toBe('Filen er i bruk av et annet program: Klimakontrakt.pdf')
    expect(fileFailure(new ReadBackError('tabellen people har feil antall rader'), '/x/eksport.json')).toEqual({
      ok: false,
      error: 'invalid-data',
      detail: 'eksport.json: kontrollen etter skriving feilet: tabellen people har feil antall rader',
    })
    expect(fileFailure(nodeError('ENOSPC'))).toEqual({ ok: false, error: 'io-failed', detail: 'disken er full' })
  })
})
