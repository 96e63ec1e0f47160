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
  /** Smaller in crowded cells, so every point stays visible and can be grabbed. */
  r: number
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/**
 * Positions of the points, grouped by cell. Up to as many points as fit above each other are
 * stacked in the left part of their cell with room for a name to the right; fuller cells
 * spread their points on a sunflower spiral around the centre, smaller and without names (the
 * cell shows their number instead, see `crowdedCells`). Register order
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
    if (m <= rows) return { id: it.id, cx: cx - cellW / 2 + radius + 4, cy: cy + (k - (m - 1) / 2) * row, labelled: true, r: radius }
    // Neighbours on a sunflower spiral lie at least 1.1 spacings apart; the radius leaves a gap.
    const spacing = Math.min(radius * 1.3, (Math.min(cellW, cellH) / 2 - 3) / Math.sqrt(m + 0.5))
    const pr = Math.max(2, Math.min(radius, spacing * 0.55))
    const d = spacing * Math.sqrt(k + 0.5)
    return { id: it.id, cx: cx + d * Math.cos(k * GOLDEN_ANGLE), cy: cy + d * Math.sin(k * GOLDEN_ANGLE), labelled: false, r: pr }
  })
}

/** Cells with more points than fit with names: where to show how many points they hold. */
export function crowdedCells(points: readonly GridPoint[], items: readonly { id: string; power: number; interest: number }[], s: GridScales): { power: number; interest: number; count: number; x: number; y: number }[] {
  const crowded = new Set(points.filter((p) => !p.labelled).map((p) => p.id))
  const counts = new Map<string, { power: number; interest: number; count: number }>()
  for (const it of items) {
    if (!crowded.has(it.id)) continue
    const key = `${it.power}:${it.interest}`
    const c = counts.get(key) ?? { power: it.power, interest: it.interest, count: 0 }
    c.count++
    counts.set(key, c)
  }
  const halfW = Math.abs(s.x(2) - s.x(1)) / 2
  const halfH = Math.abs(s.y(1) - s.y(2)) / 2
  // In the top row the quadrant titles take the first line, so the count goes below them.
  return [...counts.values()].map((c) => ({ ...c, x: s.x(c.interest) + halfW - 4, y: s.y(c.power) - halfH + (c.power === 5 ? 40 : 12) }))
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
