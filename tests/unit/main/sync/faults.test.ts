/**
 * The fault cases of issue 16: a file cut short mid-write, a missing file, a file from a newer
 * version, the folder going away mid-sync or being unreachable. In each, nothing is delivered twice,
 * nothing is skipped, and the user gets a Norwegian message saying what happens next.
 */
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { realSyncFs, type SyncFs } from '../../../../electron/main/sync/sync-fs'
import { advance, change, changes, KARI, makeGroup, OLA, PER } from './group'

async function threeFromOla(options: Parameters<typeof makeGroup>[0] = {}) {
  const g = makeGroup(options)
  const [kari, ola, per] = [await g.join(KARI), await g.join(OLA), await g.join(PER)]
  for (const n of ['én', 'to', 'tre']) await g.push(ola, [change(OLA, 'org-1', 'notes', n)])
  await g.push(per, [change(PER, 'org-2', 'notes', 'fra Per')])
  const file = (seq: number) => path.join(g.syncDir, OLA, `000000000${seq}.nfksync`)
  return { g, kari, ola, per, file }
}
const seqs = (batches: { installId: string; seq: number }[]) => batches.map((b) => `${b.installId === OLA ? 'Ola' : 'Per'} ${b.seq}`)

describe('a file cut short mid-write (the sync client is still copying it)', () => {
  it('is skipped this round with a message, the laptop’s later files wait, and it is read whole the next round', async () => {
    const { g, kari, file } = await threeFromOla()
    const whole = readFileSync(file(2))
    writeFileSync(file(2), whole.subarray(0, whole.length / 2))
    const first = await g.pull(kari, {})
    expect(seqs(first.batches)).toEqual(['Ola 1', 'Per 1'])
    expect(first.problems).toEqual([
      {
        kind: 'unreadable',
        installId: OLA,
        userName: 'Ola',
        seq: 2,
        message: `Fil nr. 2 fra «Ola» (maskin bbbbbbbb) kan ikke leses ennå: filen er ikke hel (den kan fortsatt være under kopiering). Den leses på nytt ved neste synkronisering; ingenting er tatt i bruk fra den.`,
      },
    ])
    writeFileSync(file(2), whole)
    const second = await g.pull(kari, advance({}, first.batches))
    expect(seqs(second.batches)).toEqual(['Ola 2', 'Ola 3'])
    expect(second.problems).toEqual([])
  })

  it('is also caught when it parses but its bytes are not the ones written (checksum)', async () => {
    const { g, kari, file } = await threeFromOla()
    writeFileSync(file(2), readFileSync(file(2), 'utf8').replace('"to"', '"TO"'))
    const pulled = await g.pull(kari, {})
    expect(seqs(pulled.batches)).toEqual(['Ola 1', 'Per 1'])
    expect(pulled.problems[0]).toMatchObject({ kind: 'unreadable', seq: 2, message: expect.stringContaining('kontrollsummen stemmer ikke') })
  })
})

describe('a missing file in a laptop’s sequence', () => {
  it('stops that laptop at the gap and reports it; the files after it come once it arrives', async () => {
    const { g, kari, file } = await threeFromOla()
    renameSync(file(2), `${file(2)}.venter`)
    const first = await g.pull(kari, {})
    expect(seqs(first.batches)).toEqual(['Ola 1', 'Per 1'])
    expect(first.problems).toEqual([
      { kind: 'gap', installId: OLA, userName: 'Ola', seq: 2, message: 'Fil nr. 2 fra «Ola» (maskin bbbbbbbb) mangler i mappen (den kan fortsatt være under kopiering). Endringene fra «Ola» (maskin bbbbbbbb) venter til den er kommet.' },
    ])
    renameSync(`${file(2)}.venter`, file(2))
    expect(seqs((await g.pull(kari, advance({}, first.batches))).batches)).toEqual(['Ola 2', 'Ola 3'])
  })
})

describe('a file from a newer version of the app', () => {
  it('refuses that laptop’s files from there on and tells the user to update', async () => {
    const { g, kari, file } = await threeFromOla()
    const open = readFileSync(file(2), 'utf8').replace(/,"checksum":"sha256-[0-9a-f]{64}"\}$/, '').replace('"version":1', '"version":3').replace('"appVersion":"1.0.0"', '"appVersion":"2.0.0"')
    writeFileSync(file(2), `${open},"checksum":"sha256-${createHash('sha256').update(`${open}}`).digest('hex')}"}`)
    for (let round = 0; round < 2; round++) {
      const pulled = await g.pull(kari, { [OLA]: round === 0 ? 0 : 1, [PER]: 1 })
      expect(seqs(pulled.batches)).toEqual(round === 0 ? ['Ola 1'] : [])
      expect(pulled.problems).toEqual([
        {
          kind: 'newer-version',
          installId: OLA,
          userName: 'Ola',
          seq: 2,
          message: '«Ola» (maskin bbbbbbbb) bruker en nyere versjon av NFK Sekretariat (filen er laget av en nyere versjon av appen (filformat 3), app 2.0.0). Oppdater appen på denne maskinen; endringene fra «Ola» (maskin bbbbbbbb) venter så lenge.',
        },
      ])
    }
  })
})

describe('a file that is whole but not well-formed', () => {
  it('stops that laptop there and says why', async () => {
    const { g, kari, file } = await threeFromOla()
    const open = readFileSync(file(2), 'utf8').replace(/,"checksum":"sha256-[0-9a-f]{64}"\}$/, '').replace('"op":"set"', '"op":"merge"')
    writeFileSync(file(2), `${open},"checksum":"sha256-${createHash('sha256').update(`${open}}`).digest('hex')}"}`)
    const pulled = await g.pull(kari, {})
    expect(seqs(pulled.batches)).toEqual(['Ola 1', 'Per 1'])
    expect(pulled.problems[0]).toMatchObject({ kind: 'invalid', seq: 2, message: expect.stringMatching(/^Fil nr\. 2 fra «Ola» \(maskin bbbbbbbb\) kan ikke brukes: filen har feil innhold \(messages\.0\.op: .+\)\. Endringene fra «Ola» \(maskin bbbbbbbb\) fra og med denne filen venter\.$/) })
  })
})

describe('the folder going away', () => {
  it('mid-pull: what was read whole is delivered, the rest comes next time, nothing twice', async () => {
    let away: (() => void) | null = null
    const fs: SyncFs = {
      ...realSyncFs,
      readFile: async (file) => {
        const bytes = await realSyncFs.readFile(file)
        if (file.endsWith('0000000001.nfksync') && away) away()
        return bytes
      },
    }
    const { g, kari } = await threeFromOla({ fs })
    const gone = `${g.shared}-borte`
    away = () => {
      away = null
      renameSync(g.shared, gone)
    }
    const first = await g.pull(kari, {})
    expect(seqs(first.batches)).toEqual(['Ola 1'])
    expect(first.problems).toEqual([
      { kind: 'folder-gone', installId: null, userName: null, seq: null, message: 'Synkroniseringsmappen forsvant midt i synkroniseringen. Det som ble lest helt, er med; resten hentes neste gang mappen er tilgjengelig.' },
    ])
    const cursors = advance({}, first.batches)
    await expect(g.pull(kari, cursors)).rejects.toMatchObject({ code: 'io-failed', message: expect.stringContaining('er ikke tilgjengelig nå') })
    renameSync(gone, g.shared)
    expect(seqs((await g.pull(kari, cursors)).batches)).toEqual(['Ola 2', 'Ola 3', 'Per 1'])
  })

  it('when offline, a push is refused with a clear message, nothing is written and the number is not used up', async () => {
    const { g, kari } = await threeFromOla()
    renameSync(g.shared, `${g.shared}-borte`)
    const refused = g.push(kari, changes(KARI, 2))
    await expect(refused).rejects.toMatchObject({
      code: 'io-failed',
      message: `Synkroniseringsmappen «${path.basename(g.shared)}» er ikke tilgjengelig nå (mappen finnes ikke, eller er ikke tilgjengelig nå). Endringene dine er trygge på denne maskinen og sendes neste gang mappen er tilgjengelig.`,
    })
    expect((await kari.sync.status(KARI))).toMatchObject({ reachable: false, problem: expect.stringContaining('er ikke tilgjengelig nå') })
    renameSync(`${g.shared}-borte`, g.shared)
    expect(await g.push(kari, changes(KARI, 2))).toMatchObject({ seq: 1 })
  })

  it('mid-push: the half-written file never appears, and the retry writes the same number', async () => {
    let failRename = true
    const fs: SyncFs = {
      ...realSyncFs,
      rename: async (from, to) => {
        if (failRename && to.endsWith('.nfksync')) throw Object.assign(new Error('ENETRESET: network reset'), { code: 'ECONNRESET' })
        return realSyncFs.rename(from, to)
      },
    }
    const g = makeGroup({ fs })
    const kari = await g.join(KARI)
    const request = { installId: KARI, userName: 'Kari', batchId: crypto.randomUUID(), seen: {}, messages: changes(KARI, 3) }
    await expect(kari.sync.push(request)).rejects.toMatchObject({
      code: 'io-failed',
      message: `Kunne ikke skrive til synkroniseringsmappen «${path.basename(g.shared)}» (forbindelsen til nettverksmappen ble brutt). Endringene dine er trygge på denne maskinen og sendes ved neste synkronisering.`,
    })
    expect(g.filesOf(KARI)).toEqual(['maskin.json'])
    failRename = false
    expect(await kari.sync.push(request)).toMatchObject({ seq: 1, alreadyWritten: false })
  })

  it('says so when the folder is there but its sync data is not (nfk-sync removed or not yet synced down)', async () => {
    const { g, kari } = await threeFromOla()
    rmSync(g.syncDir, { recursive: true })
    await expect(g.pull(kari, {})).rejects.toMatchObject({ code: 'io-failed', message: expect.stringContaining('Fant ikke synkroniseringsdataene i mappen') })
  })

  it('never replaces an identity file it cannot read, and refuses a folder whose identity changed', async () => {
    const { g, kari } = await threeFromOla()
    const identity = path.join(g.syncDir, 'synkmappe.json')
    const original = readFileSync(identity, 'utf8')
    writeFileSync(identity, original.slice(0, 20))
    await expect(kari.sync.choose(KARI, 'Kari', g.shared)).rejects.toMatchObject({ code: 'io-failed', message: expect.stringContaining('Fant ikke synkroniseringsdataene') })
    expect(readFileSync(identity, 'utf8')).toBe(original.slice(0, 20))
    writeFileSync(identity, original.replace(/"folderId":"[^"]+"/, `"folderId":"${crypto.randomUUID()}"`))
    await expect(g.push(kari, changes(KARI, 1))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('er byttet ut siden den ble valgt') })
  })
})
