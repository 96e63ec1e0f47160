import { computed, type Ref } from 'vue'
import { stakeholderStringsFor } from '../i18n/tools/stakeholders'
import presetsJson from '../../data/stakeholder-presets.json'
import type { StakeholderPresets } from './presets-schema'
import { groupLabel, type Lang } from './presets'
import { presentationNames } from './presentation'
import type { Analysis } from './schema'

/** The presets as the build validated them (npm run check); the browser does not parse them again. */
export const presets = presetsJson as StakeholderPresets

/**
 * What every view of the tool derives from the analysis and the page: strings, group labels
 * and the name to show for each stakeholder (its name, or its group label in presentation mode).
 */
export function useAnalysisView(doc: Ref<Analysis>, lang: Ref<Lang>, presentation: Ref<boolean>) {
  const t = computed(() => stakeholderStringsFor(lang.value))
  const labelOfGroup = (group: string) => groupLabel(presets.groups, group, lang.value)
  const names = computed(() =>
    presentation.value ? presentationNames(doc.value.stakeholders, labelOfGroup, t.value.unnamedGroup) : new Map(doc.value.stakeholders.map((s) => [s.id, s.name])),
  )
  const nameOf = (id: string) => names.value.get(id) ?? ''
  return { t, labelOfGroup, names, nameOf }
}
