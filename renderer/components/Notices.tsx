import { useNotices } from './notices'

export function Notices() {
  const { notices, dismiss } = useNotices()
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Meldinger">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined} data-notice={n.id}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="button-link"
              onClick={() => {
                n.action?.run()
                dismiss(n.id)
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label="Lukk melding" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
