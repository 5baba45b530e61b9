/**
 * Who signs a climate contract. The contract's own text says the top leader or the top leader's
 * deputy signs (Lederforankring), so the default is one of them and never anyone else: an
 * organisation with neither gets no default, and choosing someone else is allowed but warned about.
 */
import type { Person, PersonRole } from '../organisation/types'

export const isLeaderRole = (roles: readonly PersonRole[]): boolean => roles.includes('toppleder') || roles.includes('stedfortreder')

const rank = (p: Pick<Person, 'roles'>): number => (p.roles.includes('toppleder') ? 0 : p.roles.includes('stedfortreder') ? 1 : 2)

/** Top leaders first, then deputies, then the rest, each by name. */
export function bySignatoryRank<T extends Pick<Person, 'roles' | 'name'>>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb'))
}

/** The top leader, else the deputy; null when neither is recorded (no fallback to anyone else). */
export function defaultSignatory<T extends Pick<Person, 'roles' | 'name'>>(people: readonly T[]): T | null {
  return bySignatoryRank(people).find((p) => isLeaderRole(p.roles)) ?? null
}

/** Why a batch row has no signatory. */
export const NO_LEADER_REASON = 'Mangler toppleder og stedfortreder. Legg dem inn på virksomhetens side, eller velg selv hvem som signerer.'

/** The warning when someone other than the top leader or deputy is chosen to sign. */
export function notLeaderWarning(name: string): string {
  const who = name.trim() || 'Den som signerer'
  return `${who} er verken toppleder eller stedfortreder. Kontrakten skal signeres av toppleder eller toppleders stedfortreder; ellers er kriteriet Lederforankring ikke oppfylt.`
}
