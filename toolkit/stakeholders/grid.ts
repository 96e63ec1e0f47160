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
  /** Whether the point has room for its name next to it. */
  labelled: boolean
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/**
 * Positions of the points, grouped by cell. Up to as many points as fit above each other are
 * stacked in the left part of their cell with room for a name to the right; fuller cells
 * spread their points on a sunflower spiral around the centre, without names. Register order
 * decides the place, so the same data always looks the same.
 */
export function gridPoints(items: readonly { id: string; power: number; interest: number }[], s: GridScales, radius: number): GridPoint[] {
  const cells = new Map<string, string[]>()
  for (const it of items) {
    const key = `${it.power}:${it.interest}`
    const list = cells.get(key)
    if (list) list.push(it.id)
    else cells.set(key, [it.id])
  }
  const cellW = Math.abs(s.x(2) - s.x(1))
  const cellH = Math.abs(s.y(1) - s.y(2))
  const row = radius * 2 + 3
  const rows = Math.max(1, Math.floor((cellH - 6) / row))
  const index = new Map<string, { k: number; m: number }>()
  for (const ids of cells.values()) ids.forEach((id, k) => index.set(id, { k, m: ids.length }))
  return items.map((it) => {
    const { k, m } = index.get(it.id) ?? { k: 0, m: 1 }
    const cx = s.x(it.interest)
    const cy = s.y(it.power)
    if (m <= rows) return { id: it.id, cx: cx - cellW / 2 + radius + 4, cy: cy + (k - (m - 1) / 2) * row, labelled: true }
    const spacing = Math.min(radius * 2.2, Math.max(0, Math.min(cellW, cellH) / 2 - radius) / Math.sqrt(m))
    const r = spacing * Math.sqrt(k + 0.5)
    return { id: it.id, cx: cx + r * Math.cos(k * GOLDEN_ANGLE), cy: cy + r * Math.sin(k * GOLDEN_ANGLE), labelled: false }
  })
}

/**
 * A name shortened in the middle to fit next to a point in its cell; the end is kept because
 * names of the same role often differ only there ("… Gemeinde A", "… Gemeinde B").
 */
export function shortLabel(name: string, max = 16): string {
  if (name.length <= max) return name
  const head = Math.ceil((max - 1) / 2)
  return `${name.slice(0, head).trimEnd()}…${name.slice(name.length - (max - 1 - head)).trimStart()}`
}

/** The ratings at a point of the grid, snapped to whole numbers within 1 … 5. */
export const ratingsAt = (px: number, py: number, s: GridScales) => ({ interest: clampRating(s.x.invert(px)), power: clampRating(s.y.invert(py)) })

/** Attitude −2 … +2 → colour, red for opposition to green for support; labels carry the meaning too. */
export const ATTITUDE_COLOURS = ['#b3261e', '#e07b39', '#7a7a7a', '#5b9a3c', '#1e6b2f'] as const
