import type { Goal } from './schema'

/** What a goal needs to be checkable (Doran 1981): something to measure, a value, a date, a person. */
export type SmartGap = 'text' | 'indicator' | 'target' | 'due' | 'owner'

/**
 * Words that make a goal sound good without saying what will be different. A hint, not an
 * error: the list is short on purpose and matched as whole words.
 */
export const VAGUE_WORDS: Record<'de' | 'en', readonly string[]> = {
  de: ['verbessern', 'optimieren', 'stärken', 'fördern', 'möglichst', 'nachhaltig', 'weiterentwickeln', 'intensivieren', 'zeitnah', 'angemessen', 'deutlich', 'bestmöglich'],
  en: ['improve', 'optimise', 'optimize', 'strengthen', 'enhance', 'promote', 'as possible', 'sustainable', 'appropriate', 'significantly', 'timely', 'better'],
}

export interface SmartCheck {
  gaps: SmartGap[]
  vague: string[]
  /** The target value contains a number, so progress can be measured against it. */
  measurable: boolean
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The vague words a text uses, in the order of the list. */
export function vagueWords(text: string, lang: 'de' | 'en'): string[] {
  const lower = text.toLocaleLowerCase(lang)
  return VAGUE_WORDS[lang].filter((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}([^\\p{L}]|$)`, 'u').test(lower))
}

/** Checks a goal and lists what it lacks; an empty list of gaps means it is SMART enough to track. */
export function checkGoal(goal: Goal, lang: 'de' | 'en'): SmartCheck {
  const blank = (s: string) => s.trim() === ''
  const gaps: SmartGap[] = []
  if (blank(goal.text)) gaps.push('text')
  if (blank(goal.indicator)) gaps.push('indicator')
  if (blank(goal.target)) gaps.push('target')
  if (goal.due === '') gaps.push('due')
  if (blank(goal.owner)) gaps.push('owner')
  return { gaps, vague: vagueWords(`${goal.text} ${goal.target}`, lang), measurable: /\d/.test(goal.target) }
}

export const isSmart = (goal: Goal, lang: 'de' | 'en') => checkGoal(goal, lang).gaps.length === 0
