import { describe, expect, it } from 'vitest'
import { escapeMarkdown, reportMarkdown } from '../../../toolkit/stakeholders/markdown'
import { presentationNames } from '../../../toolkit/stakeholders/presentation'
import { exampleAnalysis, groupFromLabel, groupLabel, stakeholdersFromPresets } from '../../../toolkit/stakeholders/presets'
import { analysis } from '../../../toolkit/stakeholders/schema'
import { analysisOf, counter, person, presets, strings } from './helpers'

describe('presets', () => {
  it('cover the typical stakeholders of a cooperation in both languages', () => {
    const ids = presets.groups.map((g) => g.id)
    for (const id of ['mayor', 'council', 'treasury', 'staff-council', 'staff', 'supervision', 'district', 'ministry', 'funding', 'municipal-associations', 'citizens', 'local-associations', 'businesses', 'press', 'neighbours']) expect(ids).toContain(id)
  })

  it('insert groups per partner municipality and regional groups once', () => {
    const inserted = stakeholdersFromPresets(presets.groups, ['mayor', 'supervision'], ['Gemeinde A', 'Stadt C'], 'de', counter())
    expect(inserted.map((s) => [s.name, s.partner, s.group])).toEqual([
      ['Bürgermeister/in (Gemeinde A)', 'Gemeinde A', 'mayor'],
      ['Bürgermeister/in (Stadt C)', 'Stadt C', 'mayor'],
      ['Kommunalaufsicht', '', 'supervision'],
    ])
    expect(new Set(inserted.map((s) => s.id)).size).toBe(3)
    expect(stakeholdersFromPresets(presets.groups, ['mayor'], [], 'en', counter())[0]).toMatchObject({ name: 'Mayor', partner: '' })
  })

  it('map group labels of either language back to the preset', () => {
    expect(groupFromLabel(presets.groups, 'Staff council')).toBe('staff-council')
    expect(groupFromLabel(presets.groups, 'personalrat')).toBe('staff-council')
    expect(groupFromLabel(presets.groups, 'Eigene')).toBe('Eigene')
    expect(groupLabel(presets.groups, 'press', 'en')).toBe('Press and local media')
  })

  it.each(['de', 'en'] as const)('give a valid worked example of three municipalities in %s', (lang) => {
    const a = exampleAnalysis(presets, lang)
    expect(analysis.safeParse(a).success).toBe(true)
    expect(a.partners).toHaveLength(3)
    expect(a.stakeholders.length).toBeGreaterThan(10)
    expect(a.relations.length).toBeGreaterThan(5)
  })
})

describe('presentation mode', () => {
  it('replaces names by numbered group labels', () => {
    const list = [person('a', { group: 'mayor' }), person('b', { group: 'press' }), person('c', { group: 'mayor' }), person('d', { group: '' })]
    const names = presentationNames(list, (g) => groupLabel(presets.groups, g, 'de'), 'Stakeholder')
    expect([...names.values()]).toEqual(['Bürgermeister/in 1', 'Presse und lokale Medien 1', 'Bürgermeister/in 2', 'Stakeholder 1'])
  })
})

describe('Markdown report', () => {
  it('escapes markup in user text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [a](b) | *c*\nd')).toBe('\\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(b\\) \\| \\*c\\* d')
  })

  it('contains register, quadrants, salience, plan and relations', () => {
    const a = analysisOf([person('a', { name: 'Rat | <b>x</b>', power: 5, interest: 5, legitimacy: true, nextContact: '2026-01-01' }), person('b', { name: 'Presse' })], {
      relations: [{ id: 'r', from: 'a', to: 'b', type: 'influences', strength: 2 }],
    })
    const md = reportMarkdown(a, { t: strings.de, nameOf: (id) => a.stakeholders.find((s) => s.id === id)!.name, groupOf: (g) => g, today: '2026-11-23' })
    expect(md).toContain('# Test')
    expect(md).toContain('Rat \\| \\<b\\>x\\</b\\>')
    expect(md).not.toContain('<b>')
    expect(md).toContain('**eng einbinden** (1)')
    expect(md).toContain('**dominant (Macht und Legitimität)**')
    expect(md).toContain('2026-01-01 **(überfällig)**')
    expect(md).toContain('beeinflusst Presse (mittel)')
  })
})
