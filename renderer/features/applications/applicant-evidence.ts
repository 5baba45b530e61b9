/** An applicant's facts for the criteria at the time of applying, from its record, people and latest application. */
import type { Applicant } from '../../db/repositories/applications-repo'
import { applicationEvidence, type ApplicationEvidence } from '../../domain/criteria/application-evidence'

export const answerOf = (applicant: Applicant, field: string): string => applicant.applications[0]?.answers.find((a) => a.field === field)?.answer ?? ''

export function evidenceOf(applicant: Applicant, allowedMunicipalities: readonly string[]): ApplicationEvidence {
  const { organisation, people } = applicant
  const leader = people.find((p) => p.roles.includes('toppleder'))
  return applicationEvidence({
    municipality: organisation.address.municipality,
    postalPlace: organisation.address.postalPlace ?? '',
    allowedMunicipalities,
    topLeader: leader ? { name: leader.name, title: leader.title } : null,
    tierAnswer: answerOf(applicant, 'tier'),
    measures: answerOf(applicant, 'measures'),
    certification: answerOf(applicant, 'certification'),
    climateAccounts: answerOf(applicant, 'climateAccounts'),
  })
}
