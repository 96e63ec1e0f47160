import { z } from 'zod'
import { s, strings } from './strings'

/** The strings of the Leitbild and strategy workshop tool (toolkit/strategy). */
export const strategyStrings = z.strictObject({
  title: s,
  workshopTitle: s,
  loading: s,
  nav: strings('label', 'previous', 'next', 'stepOf', 'document'),
  guide: strings('questions', 'example'),
  clarification: strings('purpose', 'municipalities', 'municipalityName', 'addMunicipality', 'removeMunicipality', 'participants', 'scope', 'timeFrame', 'resources', 'date', 'process'),
  swot: strings('strengths', 'weaknesses', 'opportunities', 'threats', 'itemText', 'author', 'add', 'remove', 'empty', 'tows', 'towsIntro', 'SO', 'WO', 'ST', 'WT', 'pairCount', 'addStrategy', 'strategyText', 'links', 'incomplete', 'edit'),
  vision: strings('horizon', 'statement', 'scaffold', 'useScaffold'),
  mission: strings('we', 'what', 'forWhom', 'purpose', 'preview'),
  values: strings('pick', 'custom', 'addCustom', 'chosen', 'note', 'rank', 'none', 'tooMany', 'remove'),
  principles: strings('field', 'text', 'explanation', 'add', 'remove', 'none'),
  goals: strings('text', 'indicator', 'target', 'due', 'owner', 'field', 'add', 'remove', 'none', 'smartOk', 'lacks', 'gap-text', 'gap-indicator', 'gap-target', 'gap-due', 'gap-owner', 'vague', 'notNumeric', 'label'),
  measures: strings('title', 'owner', 'partners', 'start', 'end', 'status', 'budget', 'goal', 'noGoal', 'add', 'remove', 'none', 'label', 'planned', 'running', 'at-risk', 'done', 'stopped', 'portfolio', 'total', 'overdue', 'critical', 'noCritical', 'budgetSum', 'flag-overdue', 'flag-at-risk', 'all', 'ends'),
  indicators: strings('name', 'unit', 'goal', 'baseline', 'target', 'reviews', 'reviewDate', 'reviewValue', 'reviewNote', 'addReview', 'removeReview', 'add', 'remove', 'none', 'progress', 'noProgress', 'fromGoals', 'label', 'history', 'historyItem'),
  workshop: strings('title', 'cards', 'cardText', 'author', 'addCard', 'removeCard', 'unsorted', 'clusterLabel', 'addCluster', 'removeCluster', 'renameCluster', 'moveTo', 'dragHint', 'participants', 'participantName', 'participantMunicipality', 'addParticipant', 'removeParticipant', 'budget', 'votingAs', 'nobody', 'vote', 'withdraw', 'remaining', 'ownVotes', 'hidden', 'reveal', 'hide', 'clear', 'votes', 'noBudget', 'noParticipant', 'voted', 'withdrawn', 'moved', 'timer', 'minutes', 'start', 'pause', 'reset', 'timeLeft', 'timeUp', 'projectorOn', 'projectorOff', 'editCard'),
  merge: strings('button', 'done', 'skipped', 'duplicates', 'more'),
  document: strings('heading', 'intro', 'downloadMarkdown', 'downloadHtml', 'print', 'preview'),
  doc: strings('defaultTitle', 'draft', 'municipalities', 'date', 'preamble', 'scope', 'timeFrame', 'resources', 'situation', 'strategies', 'vision', 'visionHorizon', 'mission', 'values', 'principles', 'goals', 'measures', 'indicators', 'process', 'participants', 'period', 'explanation', 'review', 'empty', 'notYet', 'generated'),
})
export type StrategyStrings = z.infer<typeof strategyStrings>
