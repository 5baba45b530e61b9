/**
 * How a laptop is named to the user. Its own module, without zod, so the renderer's clock can name
 * a laptop without loading the message schemas (issue 17: first start).
 */

/** "«Kari» (maskin 1a2b3c4d)", or "maskin 1a2b3c4d" when the laptop has not said who uses it. */
export function laptopName(installId: string, userName?: string | null): string {
  const name = userName?.trim()
  const machine = `maskin ${installId.slice(0, 8)}`
  return name ? `«${name}» (${machine})` : machine
}
