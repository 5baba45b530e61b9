/** "Mulig duplikat" among an organisation's people: two with the same e-mail, by the one rule, with "Slå sammen". */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import type { Person } from '../../../db/models'
import { peopleOf } from '../../../db/repositories/people-repo'
import { samePerson } from '../../../domain/organisation/duplicates'
import { MergeDialog } from './MergeDialog'
import { PERSON_MERGE } from './merge-kinds'
import './merge.css'

/** Pairs in the order the people were registered, the older first. */
function personPairs(people: readonly Person[]): [Person, Person][] {
  const sorted = [...people].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  const pairs: [Person, Person][] = []
  sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => samePerson(a, b) && pairs.push([a, b])))
  return pairs
}

export function PeopleDuplicates({ organisationId }: { organisationId: string }) {
  const people = useLiveQuery(() => peopleOf(organisationId), [organisationId])
  const pairs = useMemo(() => personPairs(people ?? []), [people])
  const [open, setOpen] = useState<readonly [Person, Person] | null>(null)
  if (pairs.length === 0) return null
  return (
    <>
      <section className="duplicates" aria-label="Mulige duplikater blant personene">
        <h2>{pairs.length === 1 ? 'Mulig duplikat' : 'Mulige duplikater'}</h2>
        <ul>
          {pairs.map(([first, second]) => (
            <li key={`${first.id}|${second.id}`}>
              <span>
                <strong>{first.name}</strong> og <strong>{second.name}</strong> har samme e-post ({first.email}).
              </span>
              <button type="button" aria-label={`Slå sammen ${first.name} og ${second.name} (${first.email})`} onClick={() => setOpen([first, second])}>
                Slå sammen …
              </button>
            </li>
          ))}
        </ul>
      </section>
      {open ? <MergeDialog kind={PERSON_MERGE} key={`${open[0].id}|${open[1].id}`} pair={open} onClose={() => setOpen(null)} /> : null}
    </>
  )
}
