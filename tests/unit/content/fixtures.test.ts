import { describe, expect, it } from 'vitest'
import { checkFiles } from '../../../toolkit/content/check'
import { baseProject, brokenCases } from '../support/fixtures'

describe('content checker on fixture projects', () => {
  it('accepts the valid base project', () => {
    expect(checkFiles(baseProject())).toEqual({ problems: [], pages: 4 })
  })

  const cases = brokenCases()
  it('has at least 20 broken fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it('reports exactly the expected problems, with file, line and field', () => {
      expect(c.expected.length).toBeGreaterThan(0)
      expect(checkFiles(c.files).problems).toEqual(c.expected)
    })
  })
})
