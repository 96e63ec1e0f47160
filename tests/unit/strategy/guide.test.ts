import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { strategyGuide } from '../../../toolkit/strategy/guide-schema'
import { STEP_IDS } from '../../../toolkit/strategy/schema'

const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/strategy-guide.json'), 'utf8')) as unknown

describe('workshop guide data', () => {
  it('has every step in order, with questions and an example in both languages', () => {
    const guide = strategyGuide.parse(raw)
    expect(guide.steps.map((s) => s.id)).toEqual([...STEP_IDS])
    for (const s of guide.steps) {
      expect(s.questions.de.length).toBeGreaterThanOrEqual(3)
      expect(s.questions.en).toHaveLength(s.questions.de.length)
    }
    expect(guide.values.map((v) => v.label.de)).toEqual(expect.arrayContaining(['Verlässlichkeit', 'Transparenz', 'Bürgernähe', 'Wirtschaftlichkeit', 'Gleichberechtigung der Partner', 'Nachhaltigkeit']))
  })

  it('uses only generic names in its examples', () => {
    const guide = strategyGuide.parse(raw)
    const named = guide.steps.flatMap((s) => [s.example.de, s.example.en]).join(' ')
    // Every place name in the examples is one of the generic ones.
    const places = [...named.matchAll(/\b(Gemeinde|Stadt|Markt|Municipality|Town|Market town) ([A-Z])\b/g)].map((m) => m[2])
    expect(places.length).toBeGreaterThan(0)
    expect(new Set(places)).toEqual(new Set(['A', 'B', 'C']))
  })

  it('rejects a missing step, a duplicate and a missing translation', () => {
    const guide = strategyGuide.parse(raw)
    const issues = (data: unknown) => {
      const r = strategyGuide.safeParse(data)
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    }
    expect(issues({ ...guide, steps: guide.steps.slice(1) }).join('\n')).toMatch(/step "clarification" is missing/)
    expect(issues({ ...guide, steps: [...guide.steps, guide.steps[0]] }).join('\n')).toMatch(/duplicate step "clarification"/)
    const first = guide.steps[0]
    if (!first) throw new Error('no step')
    expect(issues({ ...guide, steps: [{ ...first, example: { de: 'x' } }, ...guide.steps.slice(1)] })).toEqual([expect.stringMatching(/^steps\.0\.example\.en/)])
  })
})
