/** "Mulige duplikater" in the register: each pair the duplicate rule matches, with "Slå sammen". */
import { useMemo, useState } from 'react'
import type { Organisation } from '../../../db/models'
import { duplicatePairs } from '../../../domain/organisation/duplicate-pairs'
import { MergeDialog } from './MergeDialog'
import { ORGANISATION_MERGE } from './merge-kinds'

const REASON = { orgNumber: 'samme organisasjonsnummer', name: 'samme navn' } as const

export function DuplicatesPanel({ organisations }: { organisations: readonly Organisation[] }) {
  const pairs = useMemo(() => duplicatePairs(organisations), [organisations])
  const [open, setOpen] = useState<readonly [Organisation, Organisation] | null>(null)
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
              <button type="button" aria-label={`Slå sammen ${first.name} og ${second.name}`} onClick={() => setOpen([first, second])}>
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
