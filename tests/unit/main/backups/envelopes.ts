/** Export files as the renderer hands them to main, small enough to write thousands of times. */
export const LAPTOP_A = 'aaaaaaaa-1111-4111-8111-111111111111'
export const LAPTOP_B = 'bbbbbbbb-2222-4222-8222-222222222222'

/** `installId` null: a file from before envelopes carried the laptop. */
export function envelopeText(organisations: number, installId: string | null = LAPTOP_A): string {
  return JSON.stringify({
    format: 'nfk-sekretariat-eksport',
    version: 2,
    exportId: '11111111-2222-4333-8444-555555555555',
    exportedAt: '2026-11-28T10:00:00.000Z',
    ...(installId === null ? {} : { installId }),
    counts: { organisations, people: 0 },
    data: { organisations: Array.from({ length: organisations }, (_, i) => ({ id: String(i) })), people: [] },
  })
}

export const envelope = (organisations: number, installId?: string | null): Uint8Array<ArrayBuffer> => new TextEncoder().encode(envelopeText(organisations, installId))
