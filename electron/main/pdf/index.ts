/**
 * The PDF core, shared by every document the app prints (climate contracts, attendance lists,
 * place cards, the status report). Plain Node: never imports Electron, runs in vitest.
 *
 * ## Making a document
 * ```ts
 * import { PdfDocument, Flow, mm } from '../pdf'
 * const doc = await PdfDocument.create({ title: 'Deltakerliste' })   // DejaVu Sans + Bold, embedded once, subset
 * const flow = new Flow(doc, { margins: { top: mm(25), right: mm(20), bottom: mm(25), left: mm(20) } })
 * flow.paragraph('Deltakerliste', { font: 'bold', size: 18, spaceAfter: 8 })   // wraps, flows onto new pages
 * flow.paragraph(longText, { size: 10.5, bullet: '•', indent: 16 })
 * flow.block(height, (page, top) => { doc.drawText(page, 'x', flow.left, top - 10, { size: 10 }) })  // kept together
 * flow.finish(({ page, index, count, size }) => { ... 'Side ' + (index + 1) + ' av ' + count ... })  // furniture
 * const bytes = await doc.save()
 * ```
 * - `doc.drawText(page, text, x, baseline, { font?: 'regular' | 'bold', size, color? })` draws one line
 *   (no wrapping). It throws `UnsupportedCharacterError` (with `.character`, `.codePoint`) for any
 *   character the font lacks — it never draws a blank. Check input early with `findUnsupported`.
 * - `doc.width(text, style)`, `wrapText(text, doc.metrics(style), size, maxWidth)` measure and wrap
 *   (long words are broken). Widths and encoded runs are cached; use these, not `font.widthOfTextAtSize`
 *   or `page.drawText`, which shape every call through fontkit and are ~15× slower.
 * - `flow.lines / measure / lineHeight` give heights before drawing, for keep-together blocks.
 * - Anything else pdf-lib offers (lines, rectangles, images) through `doc.pdf` and the `PDFPage`.
 *
 * ## Off main's event loop
 * Add your job to `worker/jobs.ts` (type + function), then from a host handler:
 * `const output = await renderPdfJob(ctx, 'yourKind', input, jobId)` (`host/pdf-output.ts`): it finds
 * the worker file (`services.pdfWorkerFile`, else the built one), reports progress for `jobId` and
 * returns a missing glyph as the 'unsupported-character' result. With a built
 * `out/main/pdf-worker.js` it runs in a worker thread; without (vitest, `pdfWorkerFile: null`) in-process.
 *
 * ## Writing
 * `savePdf(target, bytes)` writes atomically; it throws `FileBusyError` (→ error code 'file-busy')
 * when another program holds the file. `safeFileName` / `uniquePath` in `../files/file-names`
 * make Windows-safe names that never overwrite.
 */
export { A4, BLACK, PdfDocument, mm, type DocumentInfo, type TextStyle } from './core/document'
export { Flow, type FlowOptions, type Furniture, type Margins, type PageInfo, type ParagraphStyle } from './core/layout'
export { emWidth, textWidth, wrapText } from './core/text'
export { UnsupportedCharacterError, assertPrintable, describeCodePoint, findUnsupported } from './core/charset'
export { fontMetrics, findFontsFolder, type FontMetrics, type FontStyle } from './core/fonts'
export { savePdf } from './core/save'
export { PdfJobCancelledError, defaultWorkerFile, runPdfJob, warmPdfWorker, type RunOptions } from './worker/runner'
export type { PdfJobKind, PdfJobs } from './worker/jobs'
export type { JobProgress } from './worker/job-types'
