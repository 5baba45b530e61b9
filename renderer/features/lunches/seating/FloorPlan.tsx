import { useDraggable, useDroppable } from '@dnd-kit/core'
import type { KeyboardEvent } from 'react'
import type { SeatingPlanData } from '../../../db/models'
import { seatKey } from '../../../domain/seating/types'
import { layoutFloor, type SeatPoint } from './floor-layout'
import type { PlannerGuest } from './seat-guests'

type Props = {
  plan: SeatingPlanData
  guests: Map<string, PlannerGuest>
  picked: string | null
  /** Seats named by an unmet rule the user is looking at. */
  highlighted: ReadonlySet<string>
  onSeat: (key: string) => void
  onSeatKey: (key: string, event: KeyboardEvent) => void
}

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function seatAriaLabel(tableName: string, seat: number, guest: PlannerGuest | undefined, locked: boolean): string {
  const who = guest ? `${guest.name}${guest.organisationName ? `, ${guest.organisationName}` : ''}` : 'ledig'
  return `${tableName}, plass ${seat + 1}: ${who}${locked ? ', låst' : ''}`
}

/**
 * The floor plan: every table with every seat, names readable, seats usable by mouse and keyboard.
 * Each seat takes a dropped guest, and an occupied seat can be dragged (inside `FloorDrag`).
 */
export function FloorPlan({ plan, guests, picked, highlighted, onSeat, onSeatKey }: Props) {
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
              return (
                <FloorSeat
                  key={key}
                  seat={key}
                  tableName={box.table.name}
                  index={i}
                  point={point}
                  guestId={guestId}
                  guest={guestId ? guests.get(guestId) : undefined}
                  locked={plan.locked.includes(key)}
                  picked={guestId !== undefined && guestId === picked}
                  flagged={highlighted.has(key)}
                  onSeat={onSeat}
                  onSeatKey={onSeatKey}
                />
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

type SeatProps = {
  seat: string
  tableName: string
  index: number
  point: SeatPoint
  guestId: string | undefined
  guest: PlannerGuest | undefined
  locked: boolean
  picked: boolean
  flagged: boolean
  onSeat: (key: string) => void
  onSeatKey: (key: string, event: KeyboardEvent) => void
}

function FloorSeat({ seat, tableName, index, point, guestId, guest, locked, picked, flagged, onSeat, onSeatKey }: SeatProps) {
  const { setNodeRef: setDropNode, isOver } = useDroppable({ id: seat })
  // An empty seat has nothing to drag; its id only has to differ from every guest's.
  const { setNodeRef: setDragNode, listeners, isDragging } = useDraggable({ id: guestId ?? seat, disabled: !guestId })
  // dnd-kit types its nodes as HTML elements but only measures and hit-tests them, which an SVG group supports.
  const setNode = (node: SVGGElement | null) => {
    setDropNode(node as unknown as HTMLElement | null)
    setDragNode(node as unknown as HTMLElement | null)
  }
  const label = seatAriaLabel(tableName, index, guest, locked)
  const kind = !guest ? 'empty' : guest.isCommissioner ? 'commissioner' : guest.isHost ? 'host' : 'guest'
  const classes = ['floor-seat', `floor-seat-${kind}`, picked ? 'floor-seat-picked' : '', flagged ? 'floor-seat-flagged' : '', isOver ? 'floor-seat-over' : '', isDragging ? 'floor-seat-dragged' : '']
  return (
    <g
      ref={setNode}
      role="button"
      tabIndex={0}
      data-seat={seat}
      aria-label={label}
      aria-pressed={picked}
      className={classes.filter(Boolean).join(' ')}
      onClick={() => onSeat(seat)}
      onKeyDown={(e) => onSeatKey(seat, e)}
      {...listeners}
    >
      <title>{label}</title>
      <circle cx={point.x} cy={point.y} r={17} className="floor-seat-dot" />
      <text x={point.x} y={point.y + 4} textAnchor="middle" className="floor-seat-number">
        {index + 1}
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
}

function LockMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="floor-lock" aria-hidden="true">
      <path d={`M ${x - 4} ${y} v -3 a 4 4 0 0 1 8 0 v 3`} fill="none" strokeWidth={1.8} />
      <rect x={x - 6} y={y} width={12} height={9} rx={1.5} />
    </g>
  )
}
