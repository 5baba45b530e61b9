import type { RuleKey } from './types'

/** The soft seating rules in Norwegian: the rules panel, its warnings and a sync conflict about them say the same. */
export const RULE_NAMES: Readonly<Record<RuleKey, string>> = {
  hostsSpread: 'En vert ved hvert bord',
  organisationGrouping: 'Gjester fra samme virksomhet',
  sectorsMixed: 'Blandede bransjer ved hvert bord',
  sectorsNotAdjacent: 'Ikke to fra samme bransje side om side',
  colleaguesAdjacent: 'Kolleger side om side når de sitter ved samme bord',
  hostsMeetNew: 'Vertene møter nye gjester',
}
