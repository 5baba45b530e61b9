/**
 * The Norwegian words for everything that can stop a sync, in one place. Each says what happened,
 * that nothing was lost, and what happens next (or what the user should do).
 */
import path from 'node:path'
import type { SyncProblem, SyncProblemKind } from '../../shared/channels/sync'
import type { ErrorCode } from '../../shared/result'
import { fileErrorReason } from '../files/file-errors'
import { laptopName } from '../../shared/sync-message'

/** A sync operation that cannot run; the handler returns it as `{ ok: false, error: code, detail: message }`. */
export class SyncError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Set when another laptop has retired this one. */
    readonly retired = false,
  ) {
    super(message)
    this.name = 'SyncError'
  }
}

export { laptopName }

export const notConfigured = (): SyncError =>
  new SyncError('refused', 'Synkronisering er ikke satt opp på denne maskinen. Velg en mappe under Innstillinger → Synkronisering.')

export const otherInstall = (): SyncError =>
  new SyncError('refused', 'Synkroniseringen ble satt opp for en annen installasjon av appen. Velg mappen på nytt under Innstillinger → Synkronisering.')

export const unreachable = (folder: string, error: unknown): SyncError =>
  new SyncError(
    'io-failed',
    `Synkroniseringsmappen «${path.basename(folder)}» er ikke tilgjengelig nå (${fileErrorReason(error)}). Endringene dine er trygge på denne maskinen og sendes neste gang mappen er tilgjengelig.`,
  )

export const noSyncData = (folder: string): SyncError =>
  new SyncError(
    'io-failed',
    `Fant ikke synkroniseringsdataene i mappen «${path.basename(folder)}» (undermappen nfk-sync mangler eller kan ikke leses ennå). Endringene dine er trygge på denne maskinen. Er mappen flyttet, velg den på nytt under Innstillinger → Synkronisering.`,
  )

export const folderReplaced = (): SyncError =>
  new SyncError('refused', 'Synkroniseringsmappen er byttet ut siden den ble valgt. Velg den på nytt under Innstillinger → Synkronisering før du synkroniserer.')

export const folderChangedDuringRound = (): SyncError =>
  new SyncError('refused', 'Synkroniseringsmappen er byttet siden denne runden startet. Ingenting er tatt i bruk; start synkroniseringen på nytt.')

export const retiredSelf = (): SyncError =>
  new SyncError(
    'refused',
    'Denne maskinen er tatt ut av synkroniseringen av en annen maskin (filene ligger i nfk-sync/pensjonert). Endringene dine er trygge her, men sendes ikke. Flytt mappen tilbake, eller velg en ny synkroniseringsmappe.',
    true,
  )

export const cannotUse = (folder: string, error: unknown): SyncError =>
  new SyncError('io-failed', `Kunne ikke ta i bruk mappen «${path.basename(folder)}» til synkronisering (${fileErrorReason(error)}). Velg en mappe du kan skrive til.`)

export const writeFailed = (folder: string, error: unknown): SyncError =>
  new SyncError(
    'io-failed',
    `Kunne ikke skrive til synkroniseringsmappen «${path.basename(folder)}» (${fileErrorReason(error)}). Endringene dine er trygge på denne maskinen og sendes ved neste synkronisering.`,
  )

const texts: Record<SyncProblemKind, (who: string, seq: number | null, reason: string) => string> = {
  unreadable: (who, seq, reason) => `Fil nr. ${seq} fra ${who} kan ikke leses ennå: ${reason}. Den leses på nytt ved neste synkronisering; ingenting er tatt i bruk fra den.`,
  gap: (who, seq) => `Fil nr. ${seq} fra ${who} mangler i mappen (den kan fortsatt være under kopiering). Endringene fra ${who} venter til den er kommet.`,
  'needs-snapshot': (who) => `${who} har ryddet bort sine eldste filer. Denne maskinen må først lese et øyeblikksbilde av registeret.`,
  'newer-version': (who, _seq, reason) => `${who} bruker en nyere versjon av NFK Sekretariat (${reason}). Oppdater appen på denne maskinen; endringene fra ${who} venter så lenge.`,
  invalid: (who, seq, reason) => `Fil nr. ${seq} fra ${who} kan ikke brukes: ${reason}. Endringene fra ${who} fra og med denne filen venter.`,
  'folder-gone': () => 'Synkroniseringsmappen forsvant midt i synkroniseringen. Det som ble lest helt, er med; resten hentes neste gang mappen er tilgjengelig.',
}

export function problem(kind: SyncProblemKind, laptop: { installId: string; userName: string | null } | null, seq: number | null, reason = ''): SyncProblem {
  const who = laptop ? laptopName(laptop.installId, laptop.userName) : ''
  return { kind, installId: laptop?.installId ?? null, userName: laptop?.userName ?? null, seq, message: texts[kind](who, seq, reason) }
}
