/** Field schemas shared by the channels that write mail and calendar files. */
import { z } from 'zod'

/** One line of text for a header or a PDF: no line breaks or other control characters. */
export const singleLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\p{Cc}\u2028\u2029]/u.test(s), 'linjeskift og kontrolltegn er ikke tillatt')

/** A coarse check at the edge; main checks the address exactly when it writes it. */
export const emailAddress = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/, 'ugyldig e-postadresse')

export const mailbox = z.object({ name: singleLine(200), email: emailAddress }).strict()
