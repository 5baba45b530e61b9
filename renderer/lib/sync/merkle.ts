/**
 * The merkle trie of `@actual-app/crdt` over message timestamps: two laptops that applied the same
 * messages have the same root hash, and where they differ, `diff` finds the minute from which to
 * compare. Every message's timestamp goes in once, whether it changed a field or lost to a later
 * one, and a redacted message's too (it keeps its timestamp).
 */
import { getClock, merkle, Timestamp } from '@actual-app/crdt'

export type Trie = merkle.TrieNode

export const emptyTrie = (): Trie => merkle.emptyTrie()

/**
 * The trie with these timestamps added, pruned as Actual prunes it (the last two branches per level).
 * Builds the same trie as the library's `merkle.insert` one by one, but on a copy changed in place:
 * the library copies the whole path for every timestamp, which made a join of a million messages
 * spend most of its time here. The given trie is never changed.
 */
export function insertAll(trie: Trie, timestamps: Iterable<string>): Trie {
  const root = structuredClone(trie) as MutableNode
  for (const text of timestamps) addInPlace(root, text)
  return merkle.prune(root as Trie)
}

type MutableNode = { hash?: number; '0'?: MutableNode; '1'?: MutableNode; '2'?: MutableNode }

/** One timestamp into a trie this code owns, exactly as the library's insert would place it. */
function addInPlace(root: MutableNode, text: string): void {
  const ts = Timestamp.parse(text)
  if (!ts) throw new Error(`Ugyldig tidsstempel: ${text}`)
  const hash = ts.hash()
  const key = Math.floor(ts.millis() / 1000 / 60).toString(3)
  root.hash = (root.hash ?? 0) ^ hash
  let node = root
  for (const c of key as Iterable<'0' | '1' | '2'>) {
    const child: MutableNode = node[c] ?? {}
    child.hash = (child.hash ?? 0) ^ hash
    node[c] = child
    node = child
  }
}

/**
 * Adds applied or stamped messages to the running clock's trie. Call after the Dexie transaction
 * that stored them committed (and save the clock in it: build the trie with `insertAll` first).
 */
export function recordInClock(timestamps: Iterable<string>): void {
  const clock = getClock()
  clock.merkle = insertAll(clock.merkle, timestamps)
}

/** The running clock's trie, as a snapshot carries it. */
export const currentTrie = (): Trie => getClock().merkle

/** Makes this trie the running clock's (a joining laptop starts from its snapshot's trie). */
export function useTrie(trie: Trie): void {
  getClock().merkle = trie
}

/**
 * The trie of two disjoint sets of timestamps (a snapshot's and this laptop's own): hashes XOR node
 * by node, as inserting one set into the other would give wherever neither was pruned. Neither
 * trie is changed.
 */
export function mergeTries(a: Trie, b: Trie): Trie {
  const merge = (x: MutableNode | undefined, y: MutableNode | undefined): MutableNode | undefined => {
    if (!x || !y) return x ?? y
    const out: MutableNode = { hash: (x.hash ?? 0) ^ (y.hash ?? 0) }
    for (const k of ['0', '1', '2'] as const) {
      const child = merge(x[k], y[k])
      if (child) out[k] = child
    }
    return out
  }
  return merkle.prune(structuredClone(merge(a as MutableNode, b as MutableNode) ?? {}) as Trie)
}

/** Whether two tries hold the same timestamps. */
export const sameMessages = (a: Trie, b: Trie): boolean => (a.hash ?? 0) === (b.hash ?? 0)

/** The time (ISO) from which two tries differ, or null when they hold the same timestamps. */
export function differenceSince(a: Trie, b: Trie): string | null {
  const millis = merkle.diff(a, b)
  return millis === null ? null : new Date(millis).toISOString()
}

/** A trie read from a file (a snapshot's), checked: only the keys 0, 1, 2 and hash, integers, no deeper than a trie gets. */
export function parseTrie(value: unknown): Trie | null {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    // A timestamp's minute has 16 base-3 digits: the root plus 16 levels.
    if (typeof node !== 'object' || node === null || Array.isArray(node) || depth > 16) return null
    for (const [key, child] of Object.entries(node)) {
      if (key === 'hash') {
        if (!Number.isSafeInteger(child)) return null
      } else if (key === '0' || key === '1' || key === '2') stack.push({ node: child, depth: depth + 1 })
      else return null
    }
  }
  return value as Trie
}
