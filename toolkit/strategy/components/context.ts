import { inject, type ComputedRef, type InjectionKey, type Ref } from 'vue'
import type { CommonStrings } from '../../i18n/tools'
import type { StrategyStrings } from '../../i18n/tools/strategy'
import type { StrategyGuide } from '../guide-schema'
import type { Workshop } from '../schema'

/**
 * What every step view needs: the current workshop, the way to change it, the strings and the
 * guide. Views never keep their own copy of the workshop; they call `update` with a new one.
 */
export interface StrategyContext {
  doc: Readonly<Ref<Workshop>>
  update: (next: Workshop) => void
  t: ComputedRef<StrategyStrings>
  common: ComputedRef<CommonStrings>
  lang: ComputedRef<'de' | 'en'>
  guide: StrategyGuide
  /** Tells screen-reader users what just happened (and shows it as a note). */
  announce: (text: string) => void
  newId: () => string
}

export const strategyKey: InjectionKey<StrategyContext> = Symbol('ikz-strategy')

export function useStrategy(): StrategyContext {
  const ctx = inject(strategyKey)
  if (!ctx) throw new Error('strategy views must be used inside WorkshopTool')
  return ctx
}
