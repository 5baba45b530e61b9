/**
 * Duplicate merges made on several laptops (issue 16) meet in sync as a graph: each merged-away
 * record names the record it was joined into (`mergedInto`), stamped by the change that wrote it.
 * This rule turns that graph into one answer every laptop reaches from the same synced data,
 * whatever order the merges arrived in:
 * - a chain (C into B on one laptop, B into A on another) ends at its last record: C's survivor is A;
 * - a cycle (A into B on one laptop, B into A on another, neither having seen the other) would leave
 *   no record standing. The latest merge of the cycle stands, as the latest change of a field wins
 *   everywhere in sync: its survivor comes back, and the cycle's earliest merge is void. The later
 *   merge is also the one whose writes (the survivor's chosen values) are the newest in the data,
 *   so keeping it loses the least. Stamps are unique per change; equal or missing ones (old data
 *   without stamps) fall back to the ids, so the choice never depends on arrival order.
 * Pure.
 */

/** One merge as the data holds it: the record it was joined into, and the stamp of that change. */
export type MergeEdge = { to: string; stamp: string }

export type ResolvedMerges = {
  /** Merged-away id → the record that finally holds it (never itself merged away). */
  survivors: Map<string, string>
  /** Records a void merge had merged away (a cycle's earliest): they stand again. Each with the stamp of its cycle's latest merge. */
  revived: Map<string, string>
}

/** The earlier of two merges: by stamp, then by id. */
const earlier = (a: [string, MergeEdge], b: [string, MergeEdge]): boolean => (a[1].stamp !== b[1].stamp ? a[1].stamp < b[1].stamp : a[0] < b[0])

export function resolveMerges(edges: ReadonlyMap<string, MergeEdge>): ResolvedMerges {
  const live = new Map<string, string>()
  for (const [from, edge] of edges) if (edge.to !== from) live.set(from, edge.to)
  const revived = new Map<string, string>()
  // Each walk follows `mergedInto` until it leaves the graph, reaches a record already placed, or
  // comes back onto itself: a cycle, broken at its earliest merge.
  const placed = new Set<string>()
  for (const start of live.keys()) {
    const path: string[] = []
    const onPath = new Set<string>()
    let at: string | undefined = start
    while (at !== undefined && live.has(at) && !placed.has(at) && !onPath.has(at)) {
      path.push(at)
      onPath.add(at)
      at = live.get(at)
    }
    if (at !== undefined && onPath.has(at)) {
      const cycle = path.slice(path.indexOf(at))
      const merges = cycle.map((id) => [id, edges.get(id) as MergeEdge] as [string, MergeEdge])
      const first = merges.reduce((a, b) => (earlier(b, a) ? b : a))
      const last = merges.reduce((a, b) => (earlier(a, b) ? b : a))
      live.delete(first[0])
      revived.set(first[0], last[1].stamp)
    }
    for (const id of path) placed.add(id)
  }
  const survivors = new Map<string, string>()
  for (const from of live.keys()) {
    let to = live.get(from) as string
    // The graph is acyclic now: each walk ends (the bound only guards against a bug).
    for (let i = 0; i <= live.size && live.has(to); i++) to = live.get(to) as string
    survivors.set(from, to)
  }
  return { survivors, revived }
}
