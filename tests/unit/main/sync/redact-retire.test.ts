import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANDED_TABLE } from '../../../../electron/shared/sync-message'
import { change, changes, KARI, makeGroup, OLA, PER } from './group'

async function kariWroteAboutPerson() {
  const g = makeGroup({ now: () => new Date('2026-12-01T08:00:00.000Z') })
  const [kari, ola] = [await g.join(KARI), await g.join(OLA)]
  const person = [change(KARI, 'p-9', 'name', 'Eva Slettesen', 'people'), change(KARI, 'p-9', 'email', 'eva@eksempel.no', 'people'), change(KARI, 'p-9', 'roles', 'kontakt', 'people')]
  await g.push(kari, [...person.slice(0, 2), change(KARI, 'org-1', 'notes', 'Møtte Eva')])
  await g.push(kari, [{ ...person[2]!, op: 'add' }])
  await g.push(kari, changes(KARI, 1, 'org-7'))
  const { token } = await kari.sync.beginSnapshot({ installId: KARI, folderId: await g.folderId(kari), userName: 'Kari', covers: {}, clock: '{}', merkle: null })
  await kari.sync.addSnapshotMessages({ token, messages: person })
  await kari.sync.finishSnapshot({ token })
  return { g, kari, ola, person }
}
const folderText = (g: ReturnType<typeof makeGroup>) =>
  readdirSync(path.join(g.syncDir, KARI)).map((f) => readFileSync(path.join(g.syncDir, KARI, f), 'utf8')).join('\n')

describe('erasure reaches the folder: a laptop rewrites its own files without the erased values', () => {
  it('blanks every value of an erased row and keeps each message’s timestamp', async () => {
    const { g, kari, ola, person } = await kariWroteAboutPerson()
    expect(await kari.sync.redact({ installId: KARI, rows: [{ table: 'people', row: 'p-9' }], fields: [] })).toEqual({ filesRewritten: 3, messagesRedacted: 6, filesSkipped: 0 })
    const text = folderText(g)
    expect(text).not.toContain('Eva Slettesen')
    expect(text).not.toContain('eva@eksempel.no')
    expect(text).not.toContain('"kontakt"')
    const pulled = await g.pull(ola, {})
    expect(pulled.problems).toEqual([])
    expect(pulled.batches[0]?.messages).toEqual([
      { ...person[0], value: null, redacted: true },
      { ...person[1], value: null, redacted: true },
      expect.objectContaining({ row: 'org-1', value: 'Møtte Eva' }),
    ])
    expect(pulled.batches[1]?.messages).toEqual([{ ...person[2], op: 'add', value: null, redacted: true }])
    expect(JSON.parse(g.fileText(KARI, '0000000001.nfksync'))).toMatchObject({ seq: 1, rewrittenAt: '2026-12-01T08:00:00.000Z' })
    // The file that held nothing of hers is left as it was.
    expect(JSON.parse(g.fileText(KARI, '0000000003.nfksync')).rewrittenAt).toBeUndefined()
  })

  it('blanks a snapshot’s landing on an erased row too: the survivor’s own value it keeps is that row’s', async () => {
    const g = makeGroup({ now: () => new Date('2026-12-01T08:00:00.000Z') })
    const kari = await g.join(KARI)
    const email = change(KARI, 'p-9', 'email', 'eva@eksempel.no', 'people')
    // p-9's email holds p-3's landed edit; Eva's own address is kept beside it to give back.
    const landing = { table: LANDED_TABLE, row: 'people|p-9|email', field: 'landed', op: 'set' as const, value: { from: 'p-3', own: { value: 'eva.gammel@eksempel.no', ts: email.timestamp, installId: KARI } }, timestamp: email.timestamp }
    const { token } = await kari.sync.beginSnapshot({ installId: KARI, folderId: await g.folderId(kari), userName: 'Kari', covers: {}, clock: '{}', merkle: null })
    await kari.sync.addSnapshotMessages({ token, messages: [email, landing] })
    await kari.sync.finishSnapshot({ token })
    expect(folderText(g)).toContain('eva.gammel@eksempel.no')
    expect(await kari.sync.redact({ installId: KARI, rows: [{ table: 'people', row: 'p-9' }], fields: [] })).toMatchObject({ messagesRedacted: 2 })
    expect(folderText(g)).not.toContain('eva.gammel@eksempel.no')
  })

  it('blanks single fields, and a second pass finds nothing more to do', async () => {
    const { g, kari, ola } = await kariWroteAboutPerson()
    const fields = [{ table: 'organisations', row: 'org-1', field: 'notes' }]
    expect(await kari.sync.redact({ installId: KARI, rows: [], fields })).toEqual({ filesRewritten: 1, messagesRedacted: 1, filesSkipped: 0 })
    expect(folderText(g)).not.toContain('Møtte Eva')
    expect(folderText(g)).toContain('Eva Slettesen')
    expect(await kari.sync.redact({ installId: KARI, rows: [], fields })).toEqual({ filesRewritten: 0, messagesRedacted: 0, filesSkipped: 0 })
    expect((await g.pull(ola, {})).problems).toEqual([])
  })

  it('leaves other laptops’ files alone and counts an own file it cannot read as skipped', async () => {
    const { g, kari, ola } = await kariWroteAboutPerson()
    await g.push(ola, [change(OLA, 'p-9', 'name', 'Eva Slettesen', 'people')])
    writeFileSync(path.join(g.syncDir, KARI, '0000000003.nfksync'), 'ikke hel')
    expect(await kari.sync.redact({ installId: KARI, rows: [{ table: 'people', row: 'p-9' }], fields: [] })).toEqual({ filesRewritten: 3, messagesRedacted: 6, filesSkipped: 1 })
    expect(g.fileText(OLA, '0000000001.nfksync')).toContain('Eva Slettesen')
  })
})

describe('retiring a lost laptop', () => {
  it('moves its files to pensjonert/ after the user confirms, and the others ignore them from then on', async () => {
    const g = makeGroup({ now: () => new Date('2026-12-01T08:00:00.000Z') })
    const [kari, ola, per] = [await g.join(KARI), await g.join(OLA), await g.join(PER)]
    await g.push(per, changes(PER, 2))
    await g.push(ola, changes(OLA, 1))
    const asked: string[] = []
    const result = await kari.sync.retire({ installId: KARI, target: PER }, async (who) => {
      asked.push(who)
      return true
    })
    expect(asked).toEqual(['«Per» (maskin cccccccc)'])
    expect(result).toEqual({ retired: `pensjonert/${PER}` })
    expect(existsSync(path.join(g.syncDir, PER))).toBe(false)
    expect(readdirSync(path.join(g.syncDir, 'pensjonert', PER))).toEqual(['0000000001.nfksync', 'maskin.json'])
    const pulled = await g.pull(ola, {})
    expect(pulled.batches).toEqual([])
    expect(pulled.laptops?.map((l) => l.installId)).toEqual([KARI])
    // The retired laptop, if it comes back, is told and writes nothing.
    await expect(g.push(per, changes(PER, 1))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('tatt ut av synkroniseringen av en annen maskin') })
    expect(existsSync(path.join(g.syncDir, PER))).toBe(false)
    expect(await per.sync.status(PER)).toMatchObject({ retired: true, reachable: true, problem: expect.stringContaining('pensjonert') })
  })

  it('moves nothing when the user says no, refuses to retire itself, and does not know a laptop that is not there', async () => {
    const g = makeGroup()
    const [kari] = [await g.join(KARI), await g.join(OLA)]
    await expect(kari.sync.retire({ installId: KARI, target: OLA }, async () => false)).rejects.toMatchObject({ code: 'cancelled' })
    expect(existsSync(path.join(g.syncDir, OLA))).toBe(true)
    await expect(kari.sync.retire({ installId: KARI, target: KARI }, async () => true)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('kan ikke ta seg selv ut') })
    await expect(kari.sync.retire({ installId: KARI, target: PER }, async () => true)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('keeps an earlier retirement of the same laptop under a dated name', async () => {
    const g = makeGroup({ now: () => new Date('2026-12-01T08:00:00.000Z') })
    const [kari] = [await g.join(KARI), await g.join(OLA)]
    await kari.sync.retire({ installId: KARI, target: OLA }, async () => true)
    await g.join(OLA)
    expect(await kari.sync.retire({ installId: KARI, target: OLA }, async () => true)).toEqual({ retired: `pensjonert/${OLA}-2026-12-01T08-00-00-000Z` })
    expect(readdirSync(path.join(g.syncDir, 'pensjonert')).sort()).toEqual([OLA, `${OLA}-2026-12-01T08-00-00-000Z`])
  })
})
