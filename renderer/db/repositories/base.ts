/**
 * Shared pieces of every repository: ids, the clock, NFC text, and the audit log entry that every
 * write adds in the same transaction.
 */
import type { AuditAction, AuditEntry, BaseRecord, DeviceInfo, Iso } from '../models'
import type { Table } from 'dexie'
import { db } from '../db'
import type { Outcome, Refusal } from '../../lib/result'

let clock: () => Date = () => new Date()

/** Tests inject a fixed clock. */
export function setClock(next: () => Date): void {
  clock = next
}
export const nowIso = (): Iso => clock().toISOString()
export const newId = (): string => crypto.randomUUID()

/** Normalises every string inside a value to Unicode NFC. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map((v) => nfc(v)) as T
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = nfc(v)
  return out as T
}

export function newRecord<T extends object>(fields: T): T & BaseRecord {
  const at = nowIso()
  return { ...nfc(fields), id: newId(), createdAt: at, updatedAt: at, deletedAt: null }
}

const IGNORED = new Set(['updatedAt', 'createdAt'])

export function diffRecords(before: object | undefined, after: object | undefined): AuditEntry['changes'] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  const changes: AuditEntry['changes'] = {}
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (IGNORED.has(key)) continue
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changes[key] = { from: a[key] ?? null, to: b[key] ?? null }
  }
  return changes
}

/** This laptop's identity, read only (safe inside live queries); undefined before first start. */
export async function readDevice(): Promise<DeviceInfo | undefined> {
  return db().device.get('this')
}

/** This laptop's identity; made at first use (a write: never call it inside a live query). */
export async function getDevice(): Promise<DeviceInfo> {
  const existing = await db().device.get('this')
  if (existing) return existing
  const device: DeviceInfo = { id: 'this', installId: newId(), userName: '', createdAt: nowIso() }
  await db().device.put(device)
  return device
}

export async function setUserName(userName: string): Promise<DeviceInfo> {
  const device = await getDevice()
  const next = { ...device, userName: userName.normalize('NFC').trim() }
  await db().device.put(next)
  return next
}

/** Adds an audit entry; call inside the write's transaction (include `auditLog` and `device`). */
export async function audit(
  table: string,
  entityId: string,
  action: AuditAction,
  summary: string,
  changes: AuditEntry['changes'] = {},
): Promise<void> {
  const device = await getDevice()
  await db().auditLog.add({
    id: newId(),
    at: nowIso(),
    table,
    entityId,
    action,
    changes,
    summary,
    userName: device.userName,
    installId: device.installId,
    seq: ++auditSeq,
  })
}

let auditSeq = 0

/** Many audit entries at once (a batch of contracts): one device read, one bulk write, in call order. */
export async function auditMany(entries: { table: string; entityId: string; action: AuditAction; summary: string }[]): Promise<void> {
  const device = await getDevice()
  const at = nowIso()
  await db().auditLog.bulkAdd(
    entries.map((e) => ({ id: newId(), at, ...e, changes: {}, userName: device.userName, installId: device.installId, seq: ++auditSeq })),
  )
}

export async function historyOf(table: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await db().auditLog.where('[table+entityId]').equals([table, entityId]).toArray()
  return rows.sort((x, y) => y.at.localeCompare(x.at) || (y.seq ?? 0) - (x.seq ?? 0))
}

/**
 * A read-write transaction that may be refused half-way, after some of its writes (a rule checked
 * per row): the refusal aborts it, so none of them is kept, and comes back as the result.
 */
export async function refusable<T, P>(tables: Table[], write: () => Promise<Outcome<T, P>>): Promise<Outcome<T, P>> {
  let refusal: Refusal<P> | undefined
  try {
    return await db().transaction('rw', tables, async (transaction) => {
      const result = await write()
      if (!result.ok) {
        refusal = result
        transaction.abort()
      }
      return result
    })
  } catch (error) {
    if (refusal) return refusal
    throw error
  }
}
