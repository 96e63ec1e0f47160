import type { Form, Law } from '../content/collections'
import type { Lang } from '../content/primitives'
import type { Wegweiser } from './schema'

/** The reader's answers: question id → answer id; `land` holds a law id such as `by`. */
export type Answers = Record<string, string>

export interface Reason {
  question: string
  text: string
  score: number
}

/** What the guide needs of a form and a Land's law; the page loads only these fields. */
export type GuideForm = Pick<Form, 'id' | 'order' | 'name' | 'short'>
export type GuideLaw = Pick<Law, 'id' | 'kind' | 'forms' | 'landName' | 'land'>

export interface RankedForm {
  form: GuideForm
  score: number
  /** Reasons for (positive) and against (negative), strongest first. */
  pros: Reason[]
  cons: Reason[]
  caveats: string[]
}

export interface Ranking {
  forms: RankedForm[]
  /** Caveats for every result: procurement, VAT, data protection, the Land. */
  caveats: string[]
  answered: number
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m)

/**
 * Ranks the cooperation forms for the given answers. Pure: the same answers and data give the
 * same ranking. Unknown question or answer ids are ignored, so a shared URL from an older
 * version still opens.
 */
export function rankForms(guide: Wegweiser, forms: GuideForm[], laws: GuideLaw[], answers: Answers, lang: Lang): Ranking {
  const result = new Map(forms.map((f) => [f.id, { form: f, score: 0, pros: [] as Reason[], cons: [] as Reason[], caveats: [] as string[] }]))
  const general = guide.caveats.filter((c) => !c.forms).map((c) => c.text[lang])
  let answered = 0

  for (const q of guide.questions) {
    const a = q.answers.find((x) => x.id === answers[q.id])
    if (!a) continue
    answered++
    for (const e of a.effects) {
      const r = result.get(e.form)
      if (!r || e.score === 0) continue
      r.score += e.score
      ;(e.score > 0 ? r.pros : r.cons).push({ question: q.id, text: a.reason[lang], score: e.score })
    }
    for (const c of a.caveats ?? []) {
      if (!c.forms) general.push(c.text[lang])
      else for (const id of c.forms) result.get(id)?.caveats.push(c.text[lang])
    }
  }

  const law = laws.find((l) => l.id === answers.land)
  if (law) {
    answered++
    const land = law.landName[lang]
    if (law.kind === 'stadtstaat') general.push(fill(guide.landQuestion.cityState[lang], { land }))
    else
      for (const id of guide.landQuestion.requiresLaw) {
        const r = result.get(id)
        if (!r || law.forms.includes(id)) continue
        r.score += guide.landQuestion.penalty
        r.cons.push({ question: 'land', text: fill(guide.landQuestion.missing[lang], { land }), score: guide.landQuestion.penalty })
      }
  }

  const ranked = [...result.values()]
    .map((r) => ({ ...r, pros: byStrength(r.pros), cons: byStrength(r.cons) }))
    .sort((a, b) => b.score - a.score || a.form.order - b.form.order)
  return { forms: ranked, caveats: general, answered }
}

const byStrength = (reasons: Reason[]) => [...reasons].sort((a, b) => Math.abs(b.score) - Math.abs(a.score))

/** Answers as a URL query (`?aufgabe=hoheitlich&land=by`), for sharing a result. */
export function answersToQuery(answers: Answers): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(answers).sort(([a], [b]) => a.localeCompare(b))) if (v) p.set(k, v)
  const q = p.toString()
  return q ? `?${q}` : ''
}

/** Answers from a URL query; only known questions and answers are kept, as the URL comes from outside. */
export function answersFromQuery(search: string, guide: Wegweiser, laws: GuideLaw[]): Answers {
  const p = new URLSearchParams(search)
  const out: Answers = {}
  for (const q of guide.questions) {
    const v = p.get(q.id)
    if (v && q.answers.some((a) => a.id === v)) out[q.id] = v
  }
  const land = p.get('land')
  if (land && laws.some((l) => l.id === land)) out.land = land
  return out
}
