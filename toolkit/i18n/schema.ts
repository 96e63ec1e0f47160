import { z } from 'zod'
import { placeholders } from './format'

const s = z.string().trim().min(1, 'must not be empty')

/** An object of the given string keys, all required. */
const strings = <K extends string>(...keys: K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, s])) as Record<K, typeof s>)

/**
 * Every UI string of the site and its tools. Both language files must match this schema
 * exactly: a missing or unknown key fails the check and the build.
 */
export const uiStrings = z.strictObject({
  language: z.strictObject({ label: s, name: s }),
  site: z.strictObject({ description: s, footer: s, notLegalAdvice: s }),
  theme: z.strictObject({
    outline: s,
    prev: s,
    next: s,
    lastUpdated: s,
    darkModeSwitch: s,
    lightModeSwitchTitle: s,
    darkModeSwitchTitle: s,
    sidebarMenu: s,
    returnToTop: s,
    langMenu: s,
    skipToContent: s,
    mainNav: s,
    permalink: s,
    notFound: z.strictObject({ code: s, title: s, quote: s, linkLabel: s, linkText: s }),
  }),
  page: z.strictObject({ sources: s, citation: s, legalNote: s }),
  nav: strings('home', 'basics', 'reference', 'process', 'methods', 'practice', 'faq'),
  sidebar: strings('basics', 'process', 'methods', 'faq'),
  footer: strings('label', 'imprint', 'privacy', 'accessibility', 'easyRead', 'operation'),
  reference: z.strictObject({
    sections: strings('forms', 'comparison', 'laws', 'areas', 'glossary'),
    intro: strings('forms', 'comparison', 'laws', 'areas', 'glossary'),
    criteria: strings('legalPersonality', 'staff', 'bodies', 'liability', 'financing', 'procurement', 'vat', 'dataProtection', 'setupEffort', 'flexibility', 'exit'),
    levels: strings('low', 'medium', 'high'),
    categories: strings('informal', 'publicLaw', 'privateLaw', 'organisational'),
    form: strings('category', 'fitsWhen', 'fitsNot', 'overview', 'details', 'criterion', 'inShort', 'byLand', 'byLandIntro', 'land', 'provision', 'note', 'notProvided', 'areas', 'related', 'terms', 'all', 'compare'),
    law: strings('act', 'abbreviation', 'officialText', 'forms', 'particularities', 'noForms', 'flaechenlaender', 'cityStates', 'formsByLand', 'formsCount', 'landsWithForm'),
    area: strings('shared', 'forms', 'benefits', 'pitfalls', 'prerequisites'),
    glossary: strings('english', 'related', 'form', 'sources', 'letters'),
    print: strings('button', 'note'),
    stand: s,
    overview: s,
  }),
  siteInfo: strings('operator', 'address', 'email', 'phone', 'representative', 'contact', 'enforcement', 'reviewed'),
  practice: z.strictObject({
    sections: strings('examples', 'funding', 'data', 'wegweiser'),
    levels: strings('land', 'bund', 'eu'),
    ...strings('examplesIntro', 'fundingIntro', 'fundingCheck', 'fundingCheckTitle', 'dataIntro', 'partners', 'partnerCount', 'land', 'laender', 'area', 'areas', 'form', 'startYear', 'achievements', 'website', 'examples', 'allExamples', 'level', 'provider', 'rate', 'maximum', 'minimumDuration', 'savingsProof', 'documents', 'programme', 'allLaender', 'anyArea', 'collection', 'records', 'download', 'fields', 'field', 'meaning', 'licence', 'licenceText', 'licenceTitle', 'licenceUrl', 'sourcesText', 'format').shape,
  }),
  catalogue: strings('search', 'searchPlaceholder', 'filters', 'area', 'form', 'land', 'partners', 'from', 'to', 'sort', 'sortName', 'sortYearDesc', 'sortYearAsc', 'sortPartners', 'reset', 'count', 'none', 'share', 'fundingLand', 'fundingArea', 'fundingAll', 'fundingCount', 'fundingNone', 'stand', 'source', 'bandLabel'),
  tools: strings('label', 'wegweiser', 'stakeholders', 'strategy'),
  wegweiser: strings('answers', 'noAnswer', 'result', 'answered', 'noAnswers', 'rank', 'score', 'pros', 'cons', 'caveats', 'toForm', 'share', 'copied', 'copyFailed', 'print', 'reset', 'disclaimer', 'lawLink'),
  search: z.strictObject({
    button: s,
    shortcut: s,
    dialog: s,
    input: s,
    placeholder: s,
    close: s,
    loading: s,
    noResults: s,
    oneResult: s,
    results: s,
    unavailable: s,
    hint: s,
    more: s,
  }),
})
export type UiStrings = z.infer<typeof uiStrings>


/** Keys whose placeholders differ between two language files, as dotted paths. */
export function placeholderMismatches(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'string' && typeof b === 'string') return placeholders(a) === placeholders(b) ? [] : [path]
  if (a && b && typeof a === 'object' && typeof b === 'object')
    return Object.keys(a).flatMap((k) => placeholderMismatches((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k))
  return []
}
