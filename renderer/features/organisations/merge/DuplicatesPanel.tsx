/** "Mulige duplikater" in the register: each pair the duplicate rule matches, with "Slå sammen". */
import { useMemo, useState } from 'react'
import type { Organisation } from '../../../db/models'
import type { ActiveEntry } from '../../../domain/organisation/register-entry'
import { getOrganisation } from '../../../db/repositories/organisations-repo'
import { duplicatePairs } from '../../../domain/organisation/duplicate-pairs'
import { MergeDialog } from './MergeDialog'
import { ORGANISATION_MERGE } from './merge-kinds'

const REASON = { orgNumber: 'samme organisasjonsnummer', name: 'samme navn' } as const

/** `organisations`: the register's entries; the dialog gets the pair's full records, read when it opens. */
export function DuplicatesPanel({ organisations }: { organisations: readonly ActiveEntry[] }) {
  const pairs = useMemo(() => duplicatePairs(organisations), [organisations])
  const [open, setOpen] = useState<readonly [Organisation, Organisation] | null>(null)
  const openPair = async (first: ActiveEntry, second: ActiveEntry) => {
    const [a, b] = await Promise.all([getOrganisation(first.id), getOrganisation(second.id)])
    if (a && b) setOpen([a, b])
  }
  if (pairs.length === 0) return null
  return (
    <>
      <section className="duplicates" aria-label="Mulige duplikater">
        <h2>{pairs.length === 1 ? 'Mulig duplikat' : 'Mulige duplikater'}</h2>
        <ul>
          {pairs.map(({ first, second, by }) => (
            <li key={`${first.id}|${second.id}`}>
              <span>
                <strong>{first.name}</strong> og <strong>{second.name}</strong> har {REASON[by]}.
              </span>
              <button type="button" aria-label={`Slå sammen ${first.name} og ${second.name}`} onClick={() => void openPair(first, second)}>
                Slå sammen …
              </button>
            </li>
          ))}
        </ul>
      </section>
      {open ? <MergeDialog kind={ORGANISATION_MERGE} key={`${open[0].id}|${open[1].id}`} pair={open} onClose={() => setOpen(null)} /> : null}
    </>
  )
}
