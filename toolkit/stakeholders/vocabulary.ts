import type { StakeholderStrings } from '../i18n/tools/stakeholders'
import type { CsvVocabulary } from './csv'

/** The CSV words of one language, from the tool's strings. */
export function csvVocabulary(t: StakeholderStrings): CsvVocabulary {
  const f = t.fields
  return {
    headers: {
      name: f.name,
      group: f.group,
      partner: f.partner,
      role: f.role,
      notes: f.notes,
      power: f.power,
      interest: f.interest,
      attitude: f.attitude,
      legitimacy: f.legitimacy,
      urgency: f.urgency,
      strategy: f.strategy,
      channel: f.channel,
      frequency: f.frequency,
      owner: f.owner,
      nextContact: f.nextContact,
      status: f.status,
    },
    yes: f.yes,
    no: f.no,
    attitudes: attitudeLabels(t),
    strategies: t.strategies,
    statuses: t.statuses,
    cell: t.files.cell,
  }
}

/** Labels for the attitudes −2 … +2 in this order. */
export const attitudeLabels = (t: StakeholderStrings) => [t.attitudes.m2, t.attitudes.m1, t.attitudes.zero, t.attitudes.p1, t.attitudes.p2]

export const attitudeLabel = (t: StakeholderStrings, attitude: number) => attitudeLabels(t)[attitude + 2] ?? t.attitudes.zero
