import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force'

/** A linear congruential generator as in d3-force's own: the same seed gives the same numbers. */
export function lcg(seed = 1): () => number {
  let s = seed >>> 0 || 1
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296
}

export interface LayoutNode {
  id: string
  radius: number
}
export interface LayoutLink {
  source: string
  target: string
  /** 1 weak … 3 strong: stronger relations pull closer. */
  strength: number
}
export interface Point {
  x: number
  y: number
}
export interface NetworkLayout {
  positions: Map<string, Point>
  /** The box around every node including its radius. */
  bounds: { x0: number; y0: number; x1: number; y1: number }
  ticks: number
}

type SimNode = SimulationNodeDatum & LayoutNode
type SimLink = SimulationLinkDatum<SimNode> & { strength: number }

/** Fewer ticks for large graphs: the layout settles enough and stays fast at a thousand nodes. */
export const ticksFor = (n: number) => (n <= 150 ? 300 : Math.max(60, Math.round(45_000 / n)))

/**
 * A force-directed layout, computed at once and synchronously: no animation, no timer, and a
 * seeded random source, so the same nodes and links in the same order always give the same
 * positions. Pure: nothing outside the arguments is read or changed.
 */
export function networkLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: { seed?: number; ticks?: number } = {}): NetworkLayout {
  const ticks = options.ticks ?? ticksFor(nodes.length)
  const simNodes: SimNode[] = nodes.map((n) => ({ ...n }))
  const ids = new Set(nodes.map((n) => n.id))
  const simLinks: SimLink[] = links.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target).map((l) => ({ ...l }))
  const many = nodes.length > 300
  const sim = forceSimulation<SimNode>(simNodes)
    .randomSource(lcg(options.seed ?? 1))
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, ticks)))
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((d) => d.id)
        .distance((l) => 90 - l.strength * 15)
        .strength((l) => 0.2 + l.strength * 0.15),
    )
    .force('charge', forceManyBody<SimNode>().strength(many ? -60 : -160).theta(0.9).distanceMax(many ? 250 : 500))
    .force('collide', forceCollide<SimNode>((d) => d.radius + 3).iterations(many ? 1 : 2))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop()
  sim.tick(ticks)
  const positions = new Map<string, Point>()
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const n of simNodes) {
    const x = n.x ?? 0
    const y = n.y ?? 0
    positions.set(n.id, { x, y })
    x0 = Math.min(x0, x - n.radius)
    y0 = Math.min(y0, y - n.radius)
    x1 = Math.max(x1, x + n.radius)
    y1 = Math.max(y1, y + n.radius)
  }
  if (!simNodes.length) [x0, y0, x1, y1] = [-100, -100, 100, 100]
  return { positions, bounds: { x0, y0, x1, y1 }, ticks }
}

/** A node's radius from its power, so the influential stand out. */
export const nodeRadius = (power: number) => 5 + power * 2

/**
 * Which labels to draw: all up to `limit` nodes; beyond that only the most powerful (power 5)
 * and the focused one, so a large network stays readable. The table lists every name.
 */
export function visibleLabels(nodes: readonly { id: string; power: number }[], focused: string | null, limit = 150): Set<string> {
  if (nodes.length <= limit) return new Set(nodes.map((n) => n.id))
  const out = new Set(nodes.filter((n) => n.power >= 5).map((n) => n.id))
  if (focused) out.add(focused)
  return out
}
