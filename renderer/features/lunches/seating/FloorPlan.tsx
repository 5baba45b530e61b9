import type { KeyboardEvent, PointerEvent } from 'react'
import type { SeatingPlanData } from '../../../db/models'
import { seatKey } from '../../../lib/seating/types'
import { layoutFloor } from './floor-layout'
import type { PlannerGuest } from './seat-guests'

type Props = {
  plan: SeatingPlanData
  guests: Map<string, PlannerGuest>
  picked: string | null
  /** Seats named by an unmet rule the user is looking at. */
  highlighted: ReadonlySet<string>
  onSeat: (key: string) => void
  onSeatKey: (key: string, event: KeyboardEvent) => void
  onPointerDown: (guestId: string, event: PointerEvent) => void
}

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function seatAriaLabel(tableName: string, seat: number, guest: PlannerGuest | undefined, locked: boolean): string {
  const who = guest ? `${guest.name}${guest.organisationName ? `, ${guest.organisationName}` : ''}` : 'ledig'
  return `${tableName}, plass ${seat + 1}: ${who}${locked ? ', låst' : ''}`
}

/** The floor plan: every table with every seat, names readable, seats usable by mouse and keyboard. */
export function FloorPlan({ plan, guests, picked, highlighted, onSeat, onSeatKey, onPointerDown }: Props) {
  const { boxes, width, height } = layoutFloor(plan.tables)
  return (
    <svg className="floor-plan" viewBox={`-10 -10 ${width + 20} ${height + 20}`} role="group" aria-label="Bordplan">
      {boxes.map((box) => {
        const used = box.seats.filter((_, i) => plan.assignment[seatKey(box.table.id, i)]).length
        return (
          <g key={box.table.id} className="floor-table">
            <text x={box.cx} y={box.y + 18} className="floor-table-name" textAnchor="middle">
              {box.table.name} ({used}/{box.table.seats})
            </text>
            {box.table.shape === 'round' ? (
              <circle cx={box.cx} cy={box.cy} r={box.radius} className="floor-table-top" />
            ) : (
              <rect x={box.cx - box.rectWidth / 2} y={box.cy - 30} width={box.rectWidth} height={60} rx={6} className="floor-table-top" />
            )}
            {box.seats.map((point, i) => {
              const key = seatKey(box.table.id, i)
              const guestId = plan.assignment[key]
              const guest = guestId ? guests.get(guestId) : undefined
              const locked = plan.locked.includes(key)
              const kind = !guest ? 'empty' : guest.isCommissioner ? 'commissioner' : guest.isHost ? 'host' : 'guest'
              const classes = ['floor-seat', `floor-seat-${kind}`, guestId && guestId === picked ? 'floor-seat-picked' : '', highlighted.has(key) ? 'floor-seat-flagged' : '']
              return (
                <g
                  key={key}
                  role="button"
                  tabIndex={0}
                  data-seat={key}
                  aria-label={seatAriaLabel(box.table.name, i, guest, locked)}
                  aria-pressed={guestId !== undefined && guestId === picked}
                  className={classes.filter(Boolean).join(' ')}
                  onClick={() => onSeat(key)}
                  onKeyDown={(e) => onSeatKey(key, e)}
                  onPointerDown={(e) => guestId && onPointerDown(guestId, e)}
                >
                  <title>{seatAriaLabel(box.table.name, i, guest, locked)}</title>
                  <circle cx={point.x} cy={point.y} r={17} className="floor-seat-dot" />
                  <text x={point.x} y={point.y + 4} textAnchor="middle" className="floor-seat-number">
                    {i + 1}
                  </text>
                  {locked && <LockMark x={point.x + 12} y={point.y - 20} />}
                  {guest && (
                    <text x={point.labelX} y={point.labelY} textAnchor={point.anchor} className="floor-seat-name">
                      <tspan x={point.labelX}>{short(guest.name, 20)}</tspan>
                      <tspan x={point.labelX} dy="1.2em" className="floor-seat-org">
                        {short(guest.isHost ? guest.title || guest.organisationName : guest.organisationName, 22)}
                      </tspan>
                    </text>
                  )}
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

function LockMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="floor-lock" aria-hidden="true">
      <path d={`M ${x - 4} ${y} v -3 a 4 4 0 0 1 8 0 v 3`} fill="none" strokeWidth={1.8} />
      <rect x={x - 6} y={y} width={12} height={9} rx={1.5} />
    </g>
  )
}
