/**
 * Every handler that writes a file, through the real dispatch, on a disk that fails: the page gets
 * a Norwegian reason and the file's own name, never Node's English text or the temporary path.
 * A full disk cannot be produced on this machine, so the atomic writes' file system fails instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/shared/app-origin'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { createHostContext } from '../../../../electron/main/host/context'
import { createHandlers } from '../../../../electron/main/host/handlers'
import { createDispatch } from '../../../../electron/main/ipc/handle'
import { envelope } from '../backups/envelopes'
import { sampleContract } from '../pdf/contract-fixtures'
import { sampleStatusReport } from '../pdf/status-report-fixtures'
import { sampleEvent } from '../calendar/calendar-fixtures'
import { sampleInvitations } from '../mail/mail-fixtures'
import { fakeServices } from './fake-services'

const fromApp = { url: APP_ENTRY_URL, fromAppWindow: true }

/** Node's own wording: the code, English, and the temporary file's full path. */
const failingFs = (code: string): AtomicFs => ({
  ...realFs,
  open: async (file) => Promise.reject(Object.assign(new Error(`${code}: failed, open '${file}'`), { code, path: file })),
})

function setup(code: string) {
  const { services, root } = fakeServices({ chooseFolder: async () => path.join(root, 'Felles') })
  const dispatch = createDispatch(createHandlers(createHostContext({ ...services, pdfWorkerFile: null, fileSystem: failingFs(code) })), [APP_ORIGIN])
  return { dispatch: (name: string, payload: unknown) => dispatch(name, fromApp, payload), root }
}

const requests: [string, unknown, string][] = [
  ['saveFile', { suggestedName: 'virksomheter.csv', kind: 'csv', bytes: new Uint8Array([1]) }, 'virksomheter.csv: '],
  ['exportAll', { suggestedName: 'nfk-eksport.json', bytes: envelope(1) }, 'nfk-eksport.json: '],
  ['writeBackup', { reason: 'manual', bytes: envelope(1) }, ''],
  ['chooseFolder', { kind: 'backup' }, 'main-config.json: '],
  ['clearFolder', { kind: 'output' }, 'main-config.json: '],
  ['renderContracts', { contracts: [sampleContract()], separateFiles: false, mergedName: 'Kontrakter', jobId: 'j' }, 'Klimakontrakt Čáhppes Đuoddar ŋŧž AS.pdf: '],
  ['renderStatusReport', { model: sampleStatusReport(1), jobId: 'j' }, 'Statusrapport Næring for klima 2025.pdf: '],
  [
    'renderParticipantList',
    { model: { eventTitle: 'Nettverksmøte', dateLine: '3. juni 2027', place: 'Oslo rådhus', organisations: [{ name: 'Grønn AS', people: [] }] }, fileName: 'Deltakerliste' },
    'Deltakerliste.pdf: ',
  ],
  [
    'renderLunchDocument',
    { document: { kind: 'placeCards', header: { title: 'Signeringslunsj', subtitle: 'Oslo rådhus' }, cards: [{ name: 'Kari', organisation: 'Grønn AS' }] }, fileName: 'Bordkort', jobId: 'j' },
    'Bordkort.pdf: ',
  ],
  ['writeCalendarFile', { event: sampleEvent(), kind: 'invitation' }, 'Signeringslunsj – Næring for klima 10.06.2027.ics: '],
  ['writeInvitationDrafts', sampleInvitations(), 'Máret Ŋuorra (Čáhcegáttis AS).eml: '],
  [
    'renderNameBadges',
    { input: { eventLine: 'Nettverksmøte', badges: [{ name: 'Máret Ŋuorra', title: '', organisation: 'Čáhcegáttis AS' }] }, fileName: 'Navneskilt', jobId: 'j' },
    'Navneskilt.pdf: ',
  ],
  [
    'renderKitchenList',
    { model: { title: 'Signeringslunsj', subtitle: '', guests: [{ name: 'Kari', organisation: '', table: 'Bord 1', needs: ['Vegetar'], note: '' }] }, fileName: 'Kjøkkenliste' },
    'Kjøkkenliste.pdf: ',
  ],
]

describe('file errors from main reach the page in Norwegian, without temporary paths', () => {
  for (const [channel, payload, file] of requests) {
    for (const [code, reason] of [
      ['ENOSPC', 'disken er full'],
      ['EACCES', 'programmet har ikke tilgang til mappen eller filen'],
    ] as const) {
      it(`${channel} on ${code}`, async () => {
        const { dispatch, root } = setup(code)
        const result = await dispatch(channel, payload)
        expect(result).toEqual({ ok: false, error: 'io-failed', detail: `${file}${reason}` })
        expect(JSON.stringify(result)).not.toContain(root)
      })
    }
  }

  it('backupStatus, when it must clear a reported close failure', async () => {
    const { services, root } = fakeServices()
    mkdirSync(root, { recursive: true })
    writeFileSync(path.join(root, 'backup-status.json'), JSON.stringify({ failedOnClose: { at: '2026-11-28T10:00:00.000Z', message: 'x' } }))
    const dispatch = createDispatch(createHandlers(createHostContext({ ...services, fileSystem: failingFs('EROFS') })), [APP_ORIGIN])
    expect(await dispatch('backupStatus', fromApp, {})).toEqual({ ok: false, error: 'io-failed', detail: 'disken eller mappen kan bare leses' })
  })

  it('openFile, when the chosen file has gone', async () => {
    const { services, root } = fakeServices({ chooseOpenPath: async () => path.join(root, 'borte.json') })
    const dispatch = createDispatch(createHandlers(createHostContext(services)), [APP_ORIGIN])
    expect(await dispatch('openFile', fromApp, { kinds: ['json'] })).toEqual({
      ok: false,
      error: 'io-failed',
      detail: 'borte.json: mappen finnes ikke, eller er ikke tilgjengelig nå',
    })
  })
})
