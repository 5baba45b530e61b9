import { useEffect, useState } from 'react'
import type { FolderKind, MainConfig } from '../../../electron/shared/channels/app'
import { notify } from '../../components/notices'
import { desktop, hasDesktop, hostErrorMessage } from '../../lib/desktop'

const LABELS: Record<FolderKind, { title: string; key: keyof MainConfig; empty: string }> = {
  output: { title: 'Mappe for dokumenter', key: 'outputFolder', empty: 'Ikke valgt – programmet spør hver gang.' },
  backup: { title: 'Ekstra mappe for sikkerhetskopier', key: 'backupFolder', empty: 'Ikke valgt – kopier lagres bare på denne maskinen.' },
}

/** Folders belong to main: chosen through its dialog, never typed or sent as a path. */
export function MainFolders() {
  const [config, setConfig] = useState<MainConfig | null>(null)
  useEffect(() => {
    if (!hasDesktop()) return
    void desktop().getMainConfig({}).then((r) => r.ok && setConfig(r.data))
  }, [])
  if (!config) return null

  const choose = async (kind: FolderKind) => {
    const result = await desktop().chooseFolder({ kind })
    if (result.ok) {
      setConfig(result.data)
      notify(`${LABELS[kind].title} er valgt.`)
    } else if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
  }
  const clear = async (kind: FolderKind) => {
    const result = await desktop().clearFolder({ kind })
    if (result.ok) setConfig(result.data)
  }

  return (
    <section className="card" aria-labelledby="folders-title">
      <h2 id="folders-title">Mapper</h2>
      <dl className="folder-list">
        {(Object.keys(LABELS) as FolderKind[]).map((kind) => {
          const value = config[LABELS[kind].key]
          return (
            <div key={kind} className="folder-row">
              <dt>{LABELS[kind].title}</dt>
              <dd>
                <span className={value ? 'folder-path' : 'field-hint'}>{value ?? LABELS[kind].empty}</span>
                <button type="button" onClick={() => void choose(kind)} aria-label={`Velg ${LABELS[kind].title.toLowerCase()}`}>
                  Velg …
                </button>
                {value && (
                  <button type="button" onClick={() => void clear(kind)} aria-label={`Fjern ${LABELS[kind].title.toLowerCase()}`}>
                    Fjern
                  </button>
                )}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
