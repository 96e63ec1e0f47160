import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../../../toolkit/common/history'
import { fileName } from '../../../toolkit/common/download'
import { errorMessage } from '../../../toolkit/common/messages'
import { commonFor } from '../../../toolkit/i18n/tools'

describe('undo history', () => {
  it('undoes and redoes in order; a new change drops the redo branch', () => {
    let h = commit(commit(createHistory(1), 2), 3)
    h = undo(undo(h))
    expect(h.present).toBe(1)
    expect(canUndo(h)).toBe(false)
    h = redo(h)
    expect(h.present).toBe(2)
    h = commit(h, 9)
    expect(canRedo(h)).toBe(false)
    expect(undo(h).present).toBe(2)
  })
  it('forgets the oldest steps beyond the limit', () => {
    let h = createHistory(0)
    for (let i = 1; i <= 5; i++) h = commit(h, i, 3)
    expect(h.past).toEqual([2, 3, 4])
  })
})

describe('file names and messages', () => {
  it('makes a safe file name from any title', () => {
    expect(fileName('Bauhof A/B: "Analyse"?', 'json')).toBe('Bauhof A B Analyse.json')
    expect(fileName('  ', 'csv', 'stakeholder')).toBe('stakeholder.csv')
  })
  it('words errors in the page language, without empty placeholders', () => {
    expect(errorMessage({ code: 'version-too-new', detail: '7' }, commonFor('de'))).toContain('Format-Version 7')
    expect(errorMessage({ code: 'invalid' }, commonFor('en'))).toBe('The file contains invalid entries.')
  })
})
