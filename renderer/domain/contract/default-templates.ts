/**
 * The built-in contract texts, one per tier (DOMAIN.md and the network's own page beside it). The
 * purpose paragraph carries the network's stated purpose: dialogue and cooperation between the city
 * and business, and cutting emissions in the member's own operations and, through innovation and
 * purchasing, beyond them. Membership is free; a partnership is not, so only the member text says so.
 */
import type { Tier } from '../organisation/types'

const PURPOSE = `# 1. Bakgrunn og formål
Oslo kommune har som mål å kutte klimagassutslippene i Oslo med 95 prosent innen 2030. Næring for klima er et klimasamarbeid mellom Oslo kommune og virksomheter i Osloregionen.

Formålet med Næring for klima er å skape en arena for dialog og samarbeid mellom kommunen og næringslivet om å nå klimamålene, og å mobilisere næringslivet og andre virksomheter til aktivt å bidra til å nå Oslos klimamål mot 2030 i tråd med klimastrategien. Det skal skje både ved at virksomhetene i nettverket forplikter seg til å redusere klimagassutslippene fra egen virksomhet, og ved at de gjennom innovasjon og kjøp av tjenester fremmer klimavennlige løsninger utenfor egen virksomhet.`

const CRITERIA = `- Intensjon: Virksomheten støtter Oslos klimamål og vil arbeide aktivt for å kutte klimagassutslipp, både egne og andres.
- Geografisk relevans: Virksomheten har drift i Oslo eller indre Stor-Oslo, eller konkrete planer om det.
- Lederforankring: Klimaarbeidet er forankret i toppledelsen. Kontrakten signeres av toppleder eller toppleders stedfortreder, og virksomheten prioriterer toppledermøtene.
- Handling: Virksomheten har gjennomført eller planlagt tiltak for å kutte utslipp.
- Rapportering: Virksomheten leverer en årsrapport til nettverket hvert år.
- Deltakelse: Virksomheten deltar på minst ett nettverksmøte hvert år.`

const EXPECTATIONS = `Nettverket anbefaler at virksomheten forankrer klimaarbeidet i sin strategi, har en miljøsertifisering (for eksempel Miljøfyrtårn, ISO 14001 eller EMAS), fører klimaregnskap med tallfestede mål for utslippskutt og stiller klima- og miljøkrav til sine leverandører.`

const DURATION = `Kontrakten gjelder fra den er signert og løper til en av partene skriftlig sier den opp. Kontrakten er signert i to eksemplarer, ett til hver av partene.`

const MEMBER = `${PURPOSE}

Denne klimakontrakten er en intensjonsavtale mellom Oslo kommune og {{virksomhet.navn}}. Med den blir {{virksomhet.navn}} medlem av Næring for klima. Medlemskapet er gratis.

# 2. Virksomhetens forpliktelser
Ved å signere forplikter {{virksomhet.navn}} seg til å oppfylle medlemskriteriene i Næring for klima:
${CRITERIA}

# 3. Forventninger
${EXPECTATIONS}

# 4. Oslo kommunes bidrag
Oslo kommune driver nettverket gjennom sekretariatet, arrangerer nettverksmøter og toppledermøter, og deler kunnskap og erfaringer om klimatiltak med medlemmene.

# 5. Varighet
${DURATION}`

const PARTNER = `${PURPOSE}

Denne klimakontrakten er en intensjonsavtale mellom Oslo kommune og {{virksomhet.navn}}. Med den blir {{virksomhet.navn}} partner i Næring for klima og viser en forpliktelse til god klimaledelse.

# 2. Virksomhetens forpliktelser
Ved å signere forplikter {{virksomhet.navn}} seg til å oppfylle medlemskriteriene i Næring for klima:
${CRITERIA}

Som partner forplikter {{virksomhet.navn}} seg i tillegg til å:
- oppfylle, eller arbeide aktivt for å oppfylle, nettverkets forventninger til god klimaledelse (punkt 3);
- rapportere mer omfattende på klimaregnskap og klimatiltak til nettverket, i samarbeid med nettverkets nasjonale samarbeidspartner Klimapartnere;
- betale en årlig partnerkontingent, som dekker system for klimaregnskap og bistand til klimaregnskap og øvrig rapportering.

# 3. Forventninger
${EXPECTATIONS}

# 4. Oslo kommunes bidrag
Oslo kommune driver nettverket gjennom sekretariatet, arrangerer nettverksmøter, toppledermøter og partnersamlinger, og deler kunnskap og erfaringer om klimatiltak med medlemmene og partnerne.

# 5. Varighet
${DURATION}`

/** The built-in text for a tier (a function, not a map over the tiers: the tiers' words live in organisation/labels). */
export const defaultTemplate = (tier: Tier): string => (tier === 'partner' ? PARTNER : MEMBER)

/** "Kontraktmal for partnere". */
export const templateName = (tier: Tier): string => (tier === 'partner' ? 'Kontraktmal for partnere' : 'Kontraktmal for medlemmer')

/** The member text; kept under its old name for callers from before the partner track. */
export const DEFAULT_TEMPLATE = MEMBER
