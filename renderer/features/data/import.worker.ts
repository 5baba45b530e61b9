/** The import's own thread: the page posts requests and hears progress, the preview and the outcome. */
import { createImportCore, type ImportRequest } from './import-core'

// The sync clock (the library's HLC) reads Date.now(). Here it follows the page's time, sent with
// every request, so the import's stamps and the page's agree even where the page's time is set
// (the e2e tests install a clock in the page, which a worker does not share).
const wallClock = Date.now.bind(Date)
let offset = 0
Date.now = () => wallClock() + offset

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's own scope, not a window
const handle = createImportCore((reply) => postMessage(reply))
addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  if ('now' in event.data) offset = event.data.now - wallClock()
  void handle(event.data)
})
