/**
 * When a snapshot must wait (issue 16: "Erased values are never written to the folder").
 *
 * A laptop L that had not yet had the erasure of a person P edits an answer of an application of P's
 * organisation. A laptop that erased P (or had the erasure before L's edit arrived) can no longer
 * recognise P's name in it, so it holds L's text until L's own emptying arrives (L empties the
 * answers naming P when the erasure reaches it: sync-erased-answers.ts `emptyErasedAnswers`). A
 * snapshot written in that window would put P's name in the folder; joiners would still end emptied,
 * but the folder would hold the erased value. So a snapshot waits while this laptop holds such an
 * answer and no file of L applied here shows (by its `seen`) that L has had the erasure: by then L's
 * emptying, if the answer named P, was sent in that file or an earlier one; if it did not name P, L
 * sends nothing new for it, and its later file is what ends the wait.
 *
 * A laptop that never syncs again holds snapshots back until it is retired (the caller leaves out
 * laptops that are no longer in the group).
 */
import { hasSeen, type FileIndex, type Stored } from './causality'

/** One application's answers cell as this laptop holds it: who wrote its value, and the erasures of its organisation's people. */
export type HeldAnswers = { written: Stored; erasures: readonly Stored[] }

/** This laptop and what it has applied of each other laptop (its newest file of each). */
export type Here = { me: string; cursors: Readonly<Record<string, number>> }

/**
 * The laptops whose answers, held here, may still name someone erased: each wrote the current value
 * of an application's answers before it had the erasure of a person of that organisation, and its
 * newest file applied here does not show that it has had it since. Empty: the snapshot may be written.
 */
export function laptopsYetToEmpty(files: FileIndex, here: Here, held: Iterable<HeldAnswers>): Set<string> {
  const waiting = new Set<string>()
  for (const { written, erasures } of held) {
    const laptop = written.installId
    // This laptop's own answers: it knew whom it erased when it wrote or emptied them.
    if (laptop === here.me || waiting.has(laptop)) continue
    // What the laptop had seen when it wrote the answers, and as of its newest file here (no file: nothing).
    const asOf = (seq: number) => ({ ts: written.ts, installId: laptop, seq, seen: files.seenOf(laptop, seq) ?? {} })
    const edit = asOf(files.seqOf(laptop, written.ts) ?? 0)
    const since = asOf(here.cursors[laptop] ?? 0)
    const unseen = erasures.some((e) => {
      // An erasure no known file holds came in a snapshot without its writer's file index (an older
      // version's): no file can ever show it seen, so it is not waited for (as before this rule).
      if (e.installId !== here.me && files.seqOf(e.installId, e.ts) === null) return false
      return !hasSeen(files, edit, e) && !hasSeen(files, since, e)
    })
    if (unseen) waiting.add(laptop)
  }
  return waiting
}
