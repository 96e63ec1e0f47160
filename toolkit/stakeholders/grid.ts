import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { clampRating } from './model'

export interface GridScales {
  /** Interest → x. */
  x: ScaleLinear<number, number>
  /** Power → y (high power at the top). */
  y: ScaleLinear<number, number>
}

/** The ratings 1 … 5 sit in the middle of five equal cells. */
export function gridScales(width: number, height: number, margin = { top: 16, right: 16, bottom: 48, left: 56 }): GridScales {
  return {
    x: scaleLinear().domain([0.5, 5.5]).range([margin.left, width - margin.right]),
    y: scaleLinear().domain([0.5, 5.5]).range([height - margin.bottom, margin.top]),
  }
}

export interface GridPoint {
  id: string
  cx: number
  cy: number
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/**
 * Positions of the points: stakeholders with the same power and interest are spread on a
 * sunflower spiral around their cell's centre, in register order, so the same data always looks
 * the same and a full cell still fits its points inside the cell.
 */
export function gridPoints(items: readonly { id: string; power: number; interest: number }[], s: GridScales, radius: number): GridPoint[] {
  const cells = new Map<string, string[]>()
  for (const it of items) {
    const key = `${it.power}:${it.interest}`
    cells.set(key, [...(cells.get(key) ?? []), it.id])
  }
  const cellHalf = Math.min(Math.abs(s.x(2) - s.x(1)), Math.abs(s.y(1) - s.y(2))) / 2 - radius
  const index = new Map<string, { k: number; m: number }>()
  for (const ids of cells.values()) ids.forEach((id, k) => index.set(id, { k, m: ids.length }))
  return items.map((it) => {
    const { k, m } = index.get(it.id) ?? { k: 0, m: 1 }
    const cx = s.x(it.interest)
    const cy = s.y(it.power)
    if (m === 1) return { id: it.id, cx, cy }
    const spacing = Math.min(radius * 2.2, Math.max(0, cellHalf) / Math.sqrt(m))
    const r = spacing * Math.sqrt(k + 0.5)
    return { id: it.id, cx: cx + r * Math.cos(k * GOLDEN_ANGLE), cy: cy + r * Math.sin(k * GOLDEN_ANGLE) }
  })
}

/** The ratings at a point of the grid, snapped to whole numbers within 1 … 5. */
export const ratingsAt = (px: number, py: number, s: GridScales) => ({ interest: clampRating(s.x.invert(px)), power: clampRating(s.y.invert(py)) })

/** Attitude −2 … +2 → colour, red for opposition to green for support; labels carry the meaning too. */
export const ATTITUDE_COLOURS = ['#b3261e', '#e07b39', '#7a7a7a', '#5b9a3c', '#1e6b2f'] as const
