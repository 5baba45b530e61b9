/** Shapes shared by the PDF worker, its runner and the job implementations. */
export type JobProgress = (done: number, total: number, label: string) => void

/** What the worker posts back to main. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'done'; output: unknown }
  | { type: 'error'; name: string; message: string; character?: string; codePoint?: number; text?: string }
