/**
 * What the sync middleware needs of the clock and the merkle trie. These pull in
 * `@actual-app/crdt` and protobuf, so they load on their own (`engine-loader.ts`) when a laptop
 * that syncs first writes, not with the first screen (issue 17).
 */
export { ensureClock, saveClock, stamp } from './clock'
export { recordInClock } from './merkle'
