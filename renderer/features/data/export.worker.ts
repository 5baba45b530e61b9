/** The export's own thread: the page posts one request and hears progress and the file's bytes. */
import { createExportCore } from './export-core'

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's own scope, not a window
const handle = createExportCore((reply, transfer = []) => postMessage(reply, { transfer }))
addEventListener('message', (event: MessageEvent<Parameters<typeof handle>[0]>) => void handle(event.data))
