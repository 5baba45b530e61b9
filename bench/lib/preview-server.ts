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
  for (let i = 0; i < 100; i++) {
    if (await fetch(ORIGIN).then((r) => r.ok, () => false)) return { stop }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error('preview server did not start')
}
