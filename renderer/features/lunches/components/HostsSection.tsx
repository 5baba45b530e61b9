import { useState } from 'react'
import { TextField } from '../../../components/TextField'
import { notify } from '../../../components/notices'
import { newId } from '../../../db/repositories/base'
import { updateLunch, type Lunch } from '../../../db/repositories/lunches-repo'

/** Hosts besides the commissioner: the climate agency's director, the secretariat. */
export function HostsSection({ lunch }: { lunch: Lunch }) {
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const hosts = lunch.lunch.hosts
  const onAdd = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!name.trim()) {
      setError('Vertens navn må fylles ut.')
      return
    }
    setError(null)
    await updateLunch(lunch.id, { lunch: { hosts: [...hosts, { id: newId(), name: name.trim(), title: title.trim() }] } }, `Vert ${name.trim()} lagt til`)
    setName('')
    setTitle('')
  }
  const onRemove = async (id: string) => {
    const removed = hosts.find((h) => h.id === id)
    await updateLunch(lunch.id, { lunch: { hosts: hosts.filter((h) => h.id !== id) } }, 'Vert fjernet')
    notify(`${removed?.name ?? 'Verten'} er fjernet.`, 'success', {
      label: 'Angre',
      run: () => void updateLunch(lunch.id, { lunch: { hosts } }, 'Fjerning av vert angret'),
    })
  }
  return (
    <section className="card" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Verter</h2>
      <p className="muted">
        Byråden: <strong>{lunch.lunch.commissionerName || 'ikke satt'}</strong> sitter alltid ved bord 1.
      </p>
      {hosts.length === 0 ? (
        <p className="muted">Ingen andre verter ennå.</p>
      ) : (
        <ul className="plain-list">
          {hosts.map((h) => (
            <li key={h.id}>
              {h.name}
              {h.title && <span className="muted">, {h.title}</span>}{' '}
              <button type="button" className="button-link" onClick={() => void onRemove(h.id)}>
                Fjern {h.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={onAdd} noValidate aria-label="Legg til vert">
        <TextField label="Vertens navn" value={name} onChange={setName} error={error} />
        <TextField label="Vertens tittel" value={title} onChange={setTitle} placeholder="f.eks. direktør i Klimaetaten" />
        <button type="submit">Legg til vert</button>
      </form>
    </section>
  )
}
