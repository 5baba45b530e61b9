/** Geometry of the floor plan: where each table and seat is drawn. Pure, so tests can check it. */
import type { LunchTable } from '../../../db/models'

export type SeatPoint = { x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' }
export type TableBox = { table: LunchTable; x: number; y: number; width: number; height: number; cx: number; cy: number; radius: number; rectWidth: number; seats: SeatPoint[] }

const ROUND_LABEL_ROOM = 160
const RECT_SPACING = 160
const ROW_WIDTH = 1100

export function tableSize(table: LunchTable): { width: number; height: number } {
  if (table.shape === 'round') {
    const r = roundRadius(table.seats)
    return { width: 2 * (r + 34 + ROUND_LABEL_ROOM), height: 2 * (r + 34 + 36) + 30 }
  }
  const perSide = Math.ceil(table.seats / 2)
  return { width: Math.max(260, perSide * RECT_SPACING + 40), height: 300 }
}

const roundRadius = (seats: number): number => Math.max(46, seats * 8)

export function layoutFloor(tables: readonly LunchTable[]): { boxes: TableBox[]; width: number; height: number } {
  const boxes: TableBox[] = []
  let x = 0
  let y = 0
  let rowHeight = 0
  let width = 0
  for (const table of tables) {
    const size = tableSize(table)
    if (x > 0 && x + size.width > ROW_WIDTH) {
      x = 0
      y += rowHeight + 20
      rowHeight = 0
    }
    boxes.push(place(table, x, y, size.width, size.height))
    x += size.width + 20
    width = Math.max(width, x - 20)
    rowHeight = Math.max(rowHeight, size.height)
  }
  return { boxes, width: Math.max(width, 300), height: y + rowHeight }
}

function place(table: LunchTable, x: number, y: number, width: number, height: number): TableBox {
  const cx = x + width / 2
  const cy = y + 30 + (height - 30) / 2
  if (table.shape === 'round') {
    const radius = roundRadius(table.seats)
    const ring = radius + 26
    const seats = Array.from({ length: table.seats }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / table.seats
      const cos = Math.cos(angle)
      const sin = Math.sin(angle)
      const anchor: SeatPoint['anchor'] = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end'
      const sx = cx + ring * cos
      const sy = cy + ring * sin
      // Side seats get their label beside them; the seats at the top and bottom, above or below.
      if (anchor === 'middle') return { x: sx, y: sy, labelX: sx, labelY: sin < 0 ? sy - 36 : sy + 32, anchor }
      return { x: sx, y: sy, labelX: sx + (anchor === 'start' ? 24 : -24), labelY: sy - 1, anchor }
    })
    return { table, x, y, width, height, cx, cy, radius, rectWidth: 0, seats }
  }
  const perSide = Math.ceil(table.seats / 2)
  const rectWidth = perSide * RECT_SPACING - 20
  const left = cx - rectWidth / 2
  const seats = Array.from({ length: table.seats }, (_, i) => {
    const top = i < perSide
    const col = top ? i : i - perSide
    const sx = left + RECT_SPACING / 2 - 10 + col * RECT_SPACING
    const sy = top ? cy - 56 : cy + 56
    return { x: sx, y: sy, labelX: sx, labelY: top ? sy - 36 : sy + 30, anchor: 'middle' as const }
  })
  return { table, x, y, width, height, cx, cy, radius: 0, rectWidth, seats }
}
