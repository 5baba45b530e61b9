/**
 * The renderer's Vite config, shared by electron-vite (the app) and by plain Vite preview, which
 * serves the same built files to the e2e tests under the same Content-Security-Policy.
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp'

/** Port of the e2e preview server; parallel worktrees set E2E_PORT to keep apart. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179)
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

/**
 * Writes the one Content-Security-Policy (electron/shared/csp.ts) into the page's meta tag. The dev
 * server (electron-vite dev, never shipped) needs inline scripts and a websocket for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  let dev = false
  return {
    name: 'nfk-csp',
    configResolved: (config) => {
      dev = config.command === 'serve' && !config.isProduction
    },
    transformIndexHtml: (html) =>
      html.replace(
        '%NFK_CSP%',
        dev ? `${CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")}` : CONTENT_SECURITY_POLICY,
      ),
  }
}

export const rendererConfig: UserConfig = {
  root: here('./renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Our modules run no code on import (only styles do): a feature index re-exporting a panel
      // must not pull that panel into the first chunk when the app imports only the routes.
      treeshake: { moduleSideEffects: (id: string) => id.includes('node_modules') || id.endsWith('.css') },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: E2E_PORT,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
}

export default defineConfig(rendererConfig)
