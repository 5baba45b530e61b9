/** The built renderer served by `vite preview` on E2E_PORT, as the e2e tests see it (same files, same CSP). */
import { spawn, type ChildProcess } from 'node:child_process'

export const PORT = Number(process.env.E2E_PORT ?? 4181)
export const ORIGIN = `http://127.0.0.1:${PORT}`

export async function startPreview(): Promise<{ stop: () => void }> {
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--config', 'vite.renderer.config.ts'], {
    env: { ...process.env, E2E_PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  })
  const stop = () => {
    if (server.pid) process.kill(-server.pid)
  }
  let last = ''
  for (let i = 0; i < 100; i++) {
    const answer = await fetch(ORIGIN).then(
      (r) => (r.ok ? '' : `HTTP ${r.status}`),
      (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
    )
    if (!answer) return { stop }
    last = answer
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  // Node's fetch refuses the fetch spec's blocked ports (4190 among them) with "bad port": say why.
  throw new Error(`preview server did not start on ${ORIGIN}: ${last}`)
}
