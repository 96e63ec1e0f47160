import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProject } from '../../../toolkit/content/check'
import { formatProblem } from '../../../toolkit/content/problem'

describe('the project itself', () => {
  // Reads and checks every page and data file: seconds on a small machine, not a timed test.
  it('passes the content check: every page and data file is valid', { timeout: 60_000 }, () => {
    const result = checkProject(resolve(import.meta.dirname, '../../..'))
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.pages).toBeGreaterThan(4)
  })
})
