/** Shapes shared by the PDF worker, its runner and the job implementations. */
export type JobProgress = (done: number, total: number, label: string) => void

/** What main posts to the worker: one job at a time, numbered. */
export type WorkerRequest = { id: number; kind: string; input: unknown }

/** What the worker posts back to main, about the job with that number. */
export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number; label: string }
  | { id: number; type: 'done'; output: unknown }
  | { id: number; type: 'error'; name: string; message: string; character?: string; codePoint?: number; text?: string }
