import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { newRecord } from '../../../../../renderer/db/repositories/base'
import { buildContractModels, currentTemplate, recordGenerated, saveTemplate, setTemplateLogo, templateVersions } from '../../../../../renderer/db/repositories/contracts-repo'
import { defaultTemplate, fillTemplate, templateErrors, TEMPLATE_FIELDS, type TemplateValues } from '../../../../../renderer/domain/contract/template'
import { organisation } from '../../../../shared/year-fixtures'
import { contractRequest } from '../../contract-request'
import { freshDatabase, made } from '../../db-helpers'

const values = Object.fromEntries(Object.keys(TEMPLATE_FIELDS).map((k) => [k, k === 'virksomhet.navn' ? 'Fjord AS' : 'x'])) as TemplateValues
const text = (body: string) => JSON.stringify(fillTemplate(body, values))

describe('the built-in texts per tier', () => {
  it('only the member text says membership is free; the partner text names the fee and Klimapartnere', () => {
    expect(text(defaultTemplate('medlem'))).toContain('Medlemskapet er gratis')
    expect(text(defaultTemplate('partner'))).not.toContain('gratis')
    expect(text(defaultTemplate('partner'))).toContain('Med den blir Fjord AS partner i Næring for klima')
    expect(text(defaultTemplate('partner'))).toContain('partnerkontingent')
    expect(text(defaultTemplate('partner'))).toContain('Klimapartnere')
  })

  it('both carry the network’s own purpose: dialogue and cooperation, own emissions and beyond through innovation and purchasing', () => {
    for (const body of [defaultTemplate('medlem'), defaultTemplate('partner')]) {
      expect(templateErrors(body)).toEqual([])
      const all = text(body)
      expect(all).toContain('arena for dialog og samarbeid mellom kommunen og næringslivet')
      expect(all).toContain('redusere klimagassutslippene fra egen virksomhet')
      expect(all).toContain('gjennom innovasjon og kjøp av tjenester fremmer klimavennlige løsninger utenfor egen virksomhet')
    }
  })
})

const add = async (name: string, tier: Organisation['tier']) => {
  const org = newRecord({ ...organisation('x', name, { tier, status: 'invitert' }) }) as Organisation
  await db().organisations.add(org)
  return org
}
const request = (organisationId: string) => contractRequest(organisationId, { name: 'Ola Leder', title: 'Daglig leder' })

describe('a template per tier, each versioned', () => {
  beforeEach(() => freshDatabase())

  it('numbers each tier’s versions on their own; an old version without a tier is the member template', async () => {
    await db().contractTemplates.add(newRecord({ version: 1, body: 'Gammel medlemstekst.', logoAttachmentId: null }))
    expect(await currentTemplate('medlem')).toMatchObject({ builtIn: false, version: 1, body: 'Gammel medlemstekst.' })
    expect(await currentTemplate('partner')).toMatchObject({ builtIn: true, version: 1, body: defaultTemplate('partner') })
    await made(saveTemplate('Partnertekst A.', 'partner'))
    await made(saveTemplate('Partnertekst B.', 'partner'))
    await made(saveTemplate('Medlemstekst 2.'))
    expect((await templateVersions('partner')).map((t) => [t.version, t.body])).toEqual([
      [2, 'Partnertekst B.'],
      [1, 'Partnertekst A.'],
    ])
    expect((await templateVersions('medlem')).map((t) => t.version)).toEqual([2, 1])
  })

  it('a batch uses each organisation’s tier’s template and records which one', async () => {
    const member = await add('Medlem AS', 'medlem')
    const partner = await add('Partner AS', 'partner')
    const built = await made(buildContractModels([request(member.id), request(partner.id)]))
    expect(JSON.stringify(built.models[0]?.body)).toContain('Medlemskapet er gratis')
    expect(JSON.stringify(built.models[1]?.body)).not.toContain('gratis')
    const records = await recordGenerated([request(member.id), request(partner.id)], built.models, built.templates)
    expect(records.map((r) => [r.templateTier, r.templateVersion])).toEqual([
      ['medlem', 1],
      ['partner', 1],
    ])
    expect((await templateVersions('partner')).map((t) => t.body)).toEqual([defaultTemplate('partner')])
    expect((await templateVersions('medlem')).map((t) => t.body)).toEqual([defaultTemplate('medlem')])
  })

  it('the logo goes on both templates', async () => {
    const png = new Uint8Array([137, 80, 78, 71])
    await setTemplateLogo({ name: 'oslo.png', mimeType: 'image/png', bytes: png })
    const [m, p] = [await currentTemplate('medlem'), await currentTemplate('partner')]
    expect(m.logoAttachmentId).not.toBeNull()
    expect(p.logoAttachmentId).toBe(m.logoAttachmentId)
  })
})
