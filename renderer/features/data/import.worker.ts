/** The import's own thread: the page posts requests and hears progress, the preview and the outcome. */
import { createImportCore, type ImportRequest } from './import-core'

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's own scope, not a window
const handle = createImportCore((reply) => postMessage(reply))
addEventListener('message', (event: MessageEvent<ImportRequest>) => void handle(event.data))
