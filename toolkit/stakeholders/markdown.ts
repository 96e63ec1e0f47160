import type { StakeholderStrings } from '../i18n/tools/stakeholders'
import { engagementPlan, quadrant, SALIENCE_CLASSES, salienceOf, type Quadrant } from './model'
import type { Analysis } from './schema'
import { attitudeLabel } from './vocabulary'

/**
 * User text in Markdown: characters that would start markup, HTML or a table cell are
 * escaped, line breaks become spaces, so a name can never turn into a link or a script.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^-/, '\\-')
    .replace(/&/g, '&amp;')
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')

export interface ReportOptions {
  t: StakeholderStrings
  /** Display name per stakeholder id (the names, or the group labels in presentation mode). */
  nameOf: (id: string) => string
  groupOf: (group: string) => string
  today: string
}

/** The analysis as a Markdown report: register, quadrants, salience classes, engagement plan, relations. */
export function reportMarkdown(a: Analysis, o: ReportOptions): string {
  const { t } = o
  const name = (id: string) => escapeMarkdown(o.nameOf(id))
  const yesNo = (b: boolean) => (b ? t.fields.yes : t.fields.no)
  const out: string[] = [`# ${escapeMarkdown(a.title || t.title)}`, '', `*${t.report.confidential}*`, '']
  out.push(`- ${t.report.date}: ${o.today}`)
  if (a.partners.length) out.push(`- ${t.report.partners}: ${a.partners.map(escapeMarkdown).join(', ')}`)
  out.push('', `## ${t.report.stakeholders}`, '')
  const f = t.fields
  out.push(
    table(
      [f.name, f.group, f.partner, f.role, f.power, f.interest, f.attitude, f.legitimacy, f.urgency],
      a.stakeholders.map((s) => [name(s.id), escapeMarkdown(o.groupOf(s.group)), escapeMarkdown(s.partner || f.regional), escapeMarkdown(s.role), String(s.power), String(s.interest), attitudeLabel(t, s.attitude), yesNo(s.legitimacy), yesNo(s.urgency)]),
    ),
  )
  out.push('', `## ${t.report.quadrants}`, '')
  for (const q of ['manage', 'satisfy', 'inform', 'monitor'] as Quadrant[]) {
    const members = a.stakeholders.filter((s) => quadrant(s.power, s.interest) === q).map((s) => name(s.id))
    out.push(`- **${t.strategies[q]}** (${members.length}): ${members.join(', ') || t.salience.empty}`)
  }
  out.push('', `## ${t.report.salience}`, '')
  for (const c of SALIENCE_CLASSES) {
    const members = a.stakeholders.filter((s) => salienceOf(s) === c).map((s) => name(s.id))
    if (members.length) out.push(`- **${t.salience[c]}**: ${members.join(', ')}`)
  }
  out.push('', `## ${t.report.plan}`, '')
  const plan = engagementPlan(a, o.today)
  out.push(
    table(
      [f.name, f.strategy, f.channel, f.frequency, f.owner, f.nextContact, f.status],
      plan.map((r) => [
        name(r.stakeholder.id),
        t.strategies[r.strategy],
        escapeMarkdown(r.stakeholder.channel),
        escapeMarkdown(r.stakeholder.frequency),
        escapeMarkdown(r.stakeholder.owner),
        r.stakeholder.nextContact + (r.overdue ? ` **(${t.plan.overdue})**` : ''),
        t.statuses[r.stakeholder.status],
      ]),
    ),
  )
  if (a.relations.length) {
    out.push('', `## ${t.report.relations}`, '')
    const strengths = t.network.strengths.split('|')
    for (const r of a.relations) out.push(`- ${name(r.from)} ${t.relationTypes[r.type]} ${name(r.to)} (${strengths[r.strength - 1] ?? r.strength})`)
  }
  return `${out.join('\n')}\n`
}
