import { describe, expect, it } from 'vitest'
import { crowdedCells, gridPoints, gridScales, ratingsAt, shortLabel } from '../../../toolkit/stakeholders/grid'
import { lcg, networkLayout, nodeRadius, ticksFor, visibleLabels } from '../../../toolkit/stakeholders/layout'

/** A deterministic graph of n nodes and about 2n links. */
function graph(n: number) {
  const next = lcg(42)
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, radius: nodeRadius(1 + (i % 5)) }))
  const links = Array.from({ length: 2 * n }, () => ({ source: `s${Math.floor(next() * n)}`, target: `s${Math.floor(next() * n)}`, strength: 1 + Math.floor(next() * 3) }))
  return { nodes, links }
}

describe('network layout', () => {
  it('gives the same positions for the same data and seed', () => {
    const { nodes, links } = graph(40)
    // Two nodes on the same spot make d3-force draw random numbers, so the seed matters.
    const a = networkLayout([...nodes, { id: 'twin', radius: 7 }], links, { seed: 7 })
    const b = networkLayout([...nodes, { id: 'twin', radius: 7 }], links, { seed: 7 })
    expect([...a.positions]).toEqual([...b.positions])
    const spread = Math.max(...[...a.positions.values()].map((p) => Math.abs(p.x)))
    expect(spread).toBeGreaterThan(50)
  })

  it('places 300 nodes at finite, mostly separated positions', () => {
    const { nodes, links } = graph(300)
    const layout = networkLayout(nodes, links)
    const pts = [...layout.positions.values()]
    expect(pts).toHaveLength(300)
    expect(pts.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true)
    let overlaps = 0
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y) < 6) overlaps++
    expect(overlaps).toBeLessThan(5)
    expect(layout.bounds.x1).toBeGreaterThan(layout.bounds.x0)
  })

  it('lays out 1,000 nodes and 2,000 links with fewer ticks', () => {
    const { nodes, links } = graph(1000)
    const layout = networkLayout(nodes, links)
    expect(layout.ticks).toBe(ticksFor(1000))
    expect(layout.ticks).toBeLessThan(300)
    expect(layout.positions.size).toBe(1000)
  })

  it('ignores links to unknown nodes and loops, and copes with no nodes', () => {
    const layout = networkLayout([{ id: 'a', radius: 5 }], [{ source: 'a', target: 'zz', strength: 1 }, { source: 'a', target: 'a', strength: 1 }])
    expect(layout.positions.size).toBe(1)
    expect(networkLayout([], []).positions.size).toBe(0)
  })

  it('shows all labels in small networks and only the powerful and focused in large ones', () => {
    const small = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, power: 1 }))
    expect(visibleLabels(small, null).size).toBe(10)
    const large = Array.from({ length: 400 }, (_, i) => ({ id: `s${i}`, power: i % 5 === 0 ? 5 : 2 }))
    const shown = visibleLabels(large, 's1')
    expect(shown.size).toBe(81)
    expect(shown.has('s1')).toBe(true)
  })
})

describe('grid geometry', () => {
  const s = gridScales(500, 500)

  it('puts high power at the top and high interest on the right', () => {
    expect(s.y(5)).toBeLessThan(s.y(1))
    expect(s.x(5)).toBeGreaterThan(s.x(1))
  })

  it('spreads coincident points deterministically inside their cell', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, power: 4, interest: 2 }))
    const pts = gridPoints(items, s, 8)
    expect(gridPoints(items, s, 8)).toEqual(pts)
    expect(new Set(pts.map((p) => `${p.cx.toFixed(2)}:${p.cy.toFixed(2)}`)).size).toBe(40)
    for (const p of pts) expect(ratingsAt(p.cx, p.cy, s)).toEqual({ power: 4, interest: 2 })
    expect(pts.every((p) => !p.labelled && p.r < 8 && p.r >= 2)).toBe(true)
    // Points keep clear of each other.
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i]!.cx - pts[j]!.cx, pts[i]!.cy - pts[j]!.cy)).toBeGreaterThan(pts[i]!.r + pts[j]!.r)
    expect(crowdedCells(pts, items, s)).toEqual([{ power: 4, interest: 2, count: 40, x: expect.any(Number), y: expect.any(Number) }])
  })

  it('stacks a few coincident points with room for their names', () => {
    const pts = gridPoints(['a', 'b', 'c'].map((id) => ({ id, power: 1, interest: 5 })), s, 8)
    expect(pts.every((p) => p.labelled && p.cx === pts[0]!.cx && p.cx < s.x(5))).toBe(true)
    expect(pts.map((p) => p.cy)).toEqual([s.y(1) - 19, s.y(1), s.y(1) + 19])
    for (const p of pts) expect(ratingsAt(p.cx, p.cy, s)).toEqual({ power: 1, interest: 5 })
    expect(shortLabel('Bürgermeister/in Gemeinde A')).toBe('Bürgerme…einde A')
    expect(shortLabel('Presse')).toBe('Presse')
  })

  it('snaps a dragged position to whole ratings within the scale', () => {
    expect(ratingsAt(s.x(2.4), s.y(4.6), s)).toEqual({ interest: 2, power: 5 })
    expect(ratingsAt(-100, 9999, s)).toEqual({ interest: 1, power: 1 })
  })
})
