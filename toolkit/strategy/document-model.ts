import { format } from '../i18n/format'
import { strategyStringsFor } from '../i18n/tools/strategy'
import { QUADRANTS, TOWS_PAIRS, type Workshop } from './schema'
import { strategiesOf } from './tows'

/**
 * The Leitbild and strategy document as structure, before any markup: the preview, the
 * Markdown and the HTML file are all rendered from it, so they cannot say different things.
 * Its sections follow what a council resolution draft needs as an annex.
 */
export type Block =
  | { kind: 'p'; text: string; note?: boolean }
  | { kind: 'h3'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'terms'; items: { term: string; text: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][] }

export interface DocSection {
  id: string
  heading: string
  blocks: Block[]
}

export interface DocModel {
  lang: 'de' | 'en'
  title: string
  draft: string
  meta: { term: string; text: string }[]
  sections: DocSection[]
  footer: string
}

export const formatDate = (iso: string, lang: 'de' | 'en') =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : ''

export const formatMoney = (n: number, lang: 'de' | 'en') => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n)

const formatNumber = (n: number | null, lang: 'de' | 'en') => (n === null ? '' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(n))

const filled = (s: string) => s.trim() !== ''

/** Builds the document; `today` (`YYYY-MM-DD`) is the fallback date and the creation date. */
export function buildDocument(w: Workshop, lang: 'de' | 'en', today: string): DocModel {
  const t = strategyStringsFor(lang)
  const d = t.doc
  const dash = (s: string) => (filled(s) ? s : d.empty)
  const notYet = (blocks: Block[]): Block[] => (blocks.length ? blocks : [{ kind: 'p', text: d.notYet, note: true }])
  const c = w.clarification
  const goalName = (id: string) => {
    const i = w.goals.findIndex((g) => g.id === id)
    return i < 0 ? d.empty : `${i + 1}. ${w.goals[i]?.text ?? ''}`
  }

  const preamble: Block[] = []
  if (filled(c.purpose)) preamble.push({ kind: 'p', text: c.purpose })
  const frame = [
    { term: d.scope, text: c.scope },
    { term: d.timeFrame, text: c.timeFrame },
    { term: d.resources, text: c.resources },
  ].filter((x) => filled(x.text))
  if (frame.length) preamble.push({ kind: 'terms', items: frame })

  const situation: Block[] = []
  for (const q of QUADRANTS) {
    const items = w.swot[q].filter((x) => filled(x.text)).map((x) => x.text)
    if (items.length) situation.push({ kind: 'h3', text: t.swot[q] }, { kind: 'list', ordered: false, items })
  }
  const strategies = TOWS_PAIRS.flatMap((pair) => strategiesOf(w, pair).filter((s) => filled(s.strategy.text)).map((s) => ({ pair, ...s })))
  if (strategies.length) {
    situation.push({ kind: 'h3', text: d.strategies })
    situation.push({ kind: 'list', ordered: false, items: strategies.map((s) => `${s.pair}: ${s.strategy.text}${s.items.length ? ` (${s.items.map((i) => i.text).join('; ')})` : ''}`) })
  }

  const vision: Block[] = []
  if (filled(w.vision.statement)) vision.push({ kind: 'p', text: w.vision.statement })
  if (filled(w.vision.horizon) && vision.length) vision.push({ kind: 'p', text: format(d.visionHorizon, { year: w.vision.horizon }), note: true })

  const m = w.mission
  const missionItems = [
    { term: t.mission.we, text: m.we },
    { term: t.mission.what, text: m.what },
    { term: t.mission.forWhom, text: m.forWhom },
    { term: t.mission.purpose, text: m.purpose },
  ].filter((x) => filled(x.text))

  const values = w.values.filter((v) => filled(v.label)).map((v) => (filled(v.note) ? `${v.label}: ${v.note}` : v.label))

  const principles: Block[] = []
  const fields = [...new Set(w.principles.map((p) => p.field.trim()))]
  for (const field of fields) {
    const ps = w.principles.filter((p) => p.field.trim() === field && filled(p.text))
    if (!ps.length) continue
    if (field) principles.push({ kind: 'h3', text: field })
    principles.push({ kind: 'terms', items: ps.map((p) => ({ term: p.text, text: p.explanation })) })
  }

  const goals: Block[] = w.goals.length
    ? [{ kind: 'table', header: ['#', t.goals.text, t.goals.indicator, t.goals.target, t.goals.due, t.goals.owner, t.goals.field], rows: w.goals.map((g, i) => [String(i + 1), dash(g.text), dash(g.indicator), dash(g.target), dash(formatDate(g.due, lang)), dash(g.owner), dash(g.field)]) }]
    : []

  const period = (a: string, b: string) => (a || b ? `${formatDate(a, lang) || '…'} – ${formatDate(b, lang) || '…'}` : d.empty)
  const measures: Block[] = w.measures.length
    ? [
        {
          kind: 'table',
          header: [t.measures.title, t.measures.owner, t.measures.partners, d.period, t.measures.status, t.measures.budget, t.measures.goal],
          rows: w.measures.map((x) => [dash(x.title), dash(x.owner), dash(x.partners.join(', ')), period(x.start, x.end), t.measures[x.status], x.budget === null ? d.empty : formatMoney(x.budget, lang), goalName(x.goalId)]),
        },
      ]
    : []

  const indicators: Block[] = w.indicators.length
    ? [
        {
          kind: 'table',
          header: [t.indicators.name, t.indicators.goal, t.indicators.baseline, t.indicators.target, d.review],
          rows: w.indicators.map((x) => {
            const unit = filled(x.unit) ? ` ${x.unit}` : ''
            const num = (n: number | null) => (n === null ? d.empty : `${formatNumber(n, lang)}${unit}`)
            const reviews = x.reviews.map((r) => `${formatDate(r.date, lang) || '…'}: ${num(r.value)}${filled(r.note) ? ` (${r.note})` : ''}`).join('; ')
            return [dash(x.name), goalName(x.goalId), num(x.baseline), num(x.target), dash(reviews)]
          }),
        },
      ]
    : []

  const process: Block[] = []
  if (filled(c.participants)) process.push({ kind: 'terms', items: [{ term: d.participants, text: c.participants }] })
  if (filled(c.process)) process.push({ kind: 'p', text: c.process })

  const sections: DocSection[] = [
    { id: 'preamble', heading: d.preamble, blocks: notYet(preamble) },
    { id: 'situation', heading: d.situation, blocks: notYet(situation) },
    { id: 'vision', heading: d.vision, blocks: notYet(vision) },
    { id: 'mission', heading: d.mission, blocks: notYet(missionItems.length ? [{ kind: 'terms', items: missionItems }] : []) },
    { id: 'values', heading: d.values, blocks: notYet(values.length ? [{ kind: 'list', ordered: true, items: values }] : []) },
    { id: 'principles', heading: d.principles, blocks: notYet(principles) },
    { id: 'goals', heading: d.goals, blocks: notYet(goals) },
    { id: 'measures', heading: d.measures, blocks: notYet(measures) },
    { id: 'indicators', heading: d.indicators, blocks: notYet(indicators) },
    { id: 'process', heading: d.process, blocks: notYet(process) },
  ]
  return {
    lang,
    title: filled(w.title) ? w.title.trim() : d.defaultTitle,
    draft: d.draft,
    meta: [
      { term: d.municipalities, text: dash(c.municipalities.filter(filled).join(', ')) },
      { term: d.date, text: formatDate(c.date || today, lang) },
    ],
    sections,
    footer: format(d.generated, { date: formatDate(today, lang) }),
  }
}
