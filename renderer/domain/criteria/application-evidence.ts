/**
 * The criteria as they stand when an organisation applies: what the application shows for each,
 * judged by the same rules as every later year where the app can judge (Geografisk relevans from
 * the municipality), and shown for a person to judge where it cannot (intention and measures are
 * free-text answers). Reporting and participation only start once it is a member.
 */
import type { CriterionKey } from '../organisation/types'
import { judgeGeography, type CriterionResult } from './evaluate'

export type ApplicationFacts = {
  municipality: string
  postalPlace: string
  allowedMunicipalities: readonly string[]
  /** The top leader named in the application (or on the record), if any. */
  topLeader: { name: string; title: string } | null
  /** The tier asked for ("Ønsker å bli"), as the form gave it. */
  tierAnswer: string
  measures: string
  certification: string
  climateAccounts: string
}

export type ApplicationEvidence = Record<Extract<CriterionKey, 'intent' | 'geography' | 'leadership' | 'action'>, CriterionResult>

const result = (key: CriterionKey, status: CriterionResult['status'], evidence: string): CriterionResult => ({ key, status, evidence })

export function applicationEvidence(f: ApplicationFacts): ApplicationEvidence {
  const geography = judgeGeography(f.municipality, f.allowedMunicipalities)
  const place = f.postalPlace && f.postalPlace !== f.municipality.trim() ? ` (poststed ${f.postalPlace})` : ''
  return {
    intent: result('intent', 'unknown', f.tierAnswer ? `Søker om å bli ${f.tierAnswer.toLowerCase()}. Vurder søknaden.` : 'Søknaden sier ikke om de vil bli medlem eller partner.'),
    geography: { ...geography, evidence: geography.evidence.replace(/\.$/, `${place}.`) },
    leadership: f.topLeader
      ? result('leadership', 'met', `Toppleder oppgitt: ${f.topLeader.name}${f.topLeader.title ? `, ${f.topLeader.title}` : ''}.`)
      : result('leadership', 'not-met', 'Ingen toppleder oppgitt i søknaden.'),
    action: f.measures.trim()
      ? result('action', 'unknown', `Tiltak oppgitt: ${f.measures.trim()}`)
      : result('action', 'not-met', 'Ingen tiltak oppgitt i søknaden.'),
  }
}
