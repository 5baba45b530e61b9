/**
 * The merkle trie of `@actual-app/crdt` over message timestamps: two laptops that applied the same
 * messages have the same root hash, and where they differ, `diff` finds the minute from which to
 * compare. Every message's timestamp goes in once, whether it changed a field or lost to a later
 * one, and a redacted message's too (it keeps its timestamp).
 */
import { getClock, merkle, Timestamp } from '@actual-app/crdt'

export type Trie = merkle.TrieNode

export const emptyTrie = (): Trie => merkle.emptyTrie()

/** The trie with these timestamps added, pruned as Actual prunes it (the last two branches per level). */
export function insertAll(trie: Trie, timestamps: Iterable<string>): Trie {
  let next = trie
  for (const text of timestamps) {
    const ts = Timestamp.parse(text)
    if (!ts) throw new Error(`Ugyldig tidsstempel: ${text}`)
    next = merkle.insert(next, ts)
  }
  return merkle.prune(next)
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

/**
 * A joining laptop takes the snapshot's trie as its own when its clock has stamped and applied
 * nothing yet (an empty trie); returns false when there was something, so the caller inserts instead.
 */
export function adoptTrie(trie: Trie): boolean {
  const clock = getClock()
  if ((clock.merkle.hash ?? 0) !== 0) return false
  clock.merkle = trie
  return true
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
