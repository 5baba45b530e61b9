/**
 * What `scripts/ensure-electron.mjs` tells the person running `npm start`: pure functions, so the
 * wording of every case is tested without a network.
 */

/** The oldest Node that Electron's downloader (@electron/get 5) declares in its engines. */
export const RUN_NODE = '22.12.0'
export const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/'
/** Prefix of the line `electron-fetch-cause.cjs` adds to the installer's stderr. */
export const FETCH_FAILURE_TAG = 'nfk-fetch-failure '

/** @param {string} version e.g. process.versions.node @returns {string | null} */
export function nodeVersionWarning(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  const [runMajor = 0, runMinor = 0] = RUN_NODE.split('.').map(Number)
  if (major > runMajor || (major === runMajor && minor >= runMinor)) return null
  return (
    `Warning: Node ${version.replace(/^v/, '')} is older than 22.12, the version Electron's downloader declares; ` +
    'going on (building and npm test need only Node 20.19, but running the app is supported on Node 22.12 or newer).'
  )
}

/**
 * The mirror @electron/get will use, read from the same variables in the same order
 * (its artifact-utils.js), so that messages name the host actually tried.
 * @param {Record<string, string | undefined>} env @returns {string}
 */
export function electronMirror(env) {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR
  )
}

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** @param {string} version @param {string} mirror */
export function downloadingLine(version, mirror) {
  return `Electron ${version} is not installed yet: downloading it once from ${hostOf(mirror)}…`
}

/** @param {number} bytes */
export function progressText(bytes) {
  return `  ${(bytes / 1_000_000).toFixed(1)} MB downloaded`
}

/** @param {string} version */
export function readyLine(version) {
  return `Electron ${version} is installed.`
}

const NO_LOOKUP = new Set(['ENOTFOUND', 'EAI_AGAIN'])
const NO_ANSWER = new Set(['ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const BROKE_OFF = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])
const UNTRUSTED = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/

/** @param {string} code @param {string} host */
function networkReason(code, host) {
  if (NO_LOOKUP.has(code)) return `could not look up ${host}: no network, or no name service (${code})`
  if (code === 'ECONNREFUSED') return `${host} refused the connection: the mirror is down, or a firewall blocks it (${code})`
  if (NO_ANSWER.has(code)) return `no answer from ${host}: no network, or a proxy or firewall in the way (${code})`
  if (BROKE_OFF.has(code)) return `the connection to ${host} broke off (${code})`
  if (UNTRUSTED.test(code)) {
    return `${host}'s certificate is not trusted, as when a proxy inspects HTTPS; point NODE_EXTRA_CA_CERTS at the proxy's certificate (${code})`
  }
  return `could not reach ${host} (${code})`
}

/**
 * @param {string} stderr what Electron's installer printed (its error's stack, and our tag line)
 * @param {string} host
 */
function installerReason(stderr, host) {
  const tagged = stderr.split('\n').find((line) => line.startsWith(FETCH_FAILURE_TAG))
  if (tagged) return networkReason(tagged.slice(FETCH_FAILURE_TAG.length).trim() || 'unknown', host)
  const http = /HTTPError: Response code (\d+) \(([^)]*)\) for (\S+)/.exec(stderr)
  if (http) {
    const [, status, text, url = ''] = http
    if (status === '407') return `the proxy asks for a login (407 ${text}); put the login in HTTPS_PROXY`
    if (status === '404') return `${host} has no ${url.split('/').pop()} (404 ${text})`
    return `${host} answered ${status} ${text}`
  }
  if (/did not match expected checksum|No checksum found/.test(stderr)) {
    return `the file from ${host} did not match its SHA-256 checksum (a broken download, or a mirror with other files)`
  }
  const first = stderr.split('\n').find((line) => line.trim() && !/^\s+at /.test(line))
  return first ? first.trim().replace(/^Error: /, '') : 'the installer stopped without saying why'
}

/**
 * The command the person typed: npm runs this step as `prestart` or `predev`.
 * @param {Record<string, string | undefined>} env
 */
function commandOf(env) {
  return env.npm_lifecycle_event === 'predev' ? 'npm run dev' : 'npm start'
}

/**
 * The one line printed when the download fails: what failed, why, and how to retry.
 * @param {{ version: string, env: Record<string, string | undefined>, stderr?: string, stalledSeconds?: number, interrupted?: boolean }} failure
 * @returns {string}
 */
export function failureLine({ version, env, stderr = '', stalledSeconds, interrupted }) {
  const mirror = electronMirror(env)
  const host = hostOf(mirror)
  const command = commandOf(env)
  if (interrupted) return `Electron ${version} download interrupted; nothing was kept. Run ${command} again to download it.`
  const why =
    stalledSeconds !== undefined
      ? `no data from ${host} for ${stalledSeconds} s: a slow or blocked network, or a proxy holding the connection`
      : installerReason(stderr, host)
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy
  const proxyHint =
    proxy && !env.ELECTRON_GET_USE_PROXY
      ? 'HTTPS_PROXY is set, but the download uses it only with ELECTRON_GET_USE_PROXY=1'
      : 'behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1'
  const mirrorHint = mirror === DEFAULT_MIRROR ? 'or set ELECTRON_MIRROR to a mirror you can reach' : `or check ELECTRON_MIRROR (${mirror})`
  return `Electron ${version} download failed: ${why}. Run ${command} again when online; ${proxyHint}; ${mirrorHint}.`
}
