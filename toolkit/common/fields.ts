/**
 * Values of form controls from their events. The tools bind a control's value and its event
 * separately instead of with `v-model`: Vue's model directives are code of the framework chunk
 * that every page of the site loads, while these few lines travel with the tools.
 */
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

/** The text of an input, text area or select; a select's options are the values its field allows. */
export const textOf = <T extends string = string>(e: Event): T => (e.target as Field).value as T

/** The number a select's chosen option stands for. */
export const numberOf = <T extends number = number>(e: Event): T => Number((e.target as Field).value) as T

/** Whether a checkbox is ticked. */
export const checkedOf = (e: Event): boolean => (e.target as HTMLInputElement).checked

/** A list with `item` added (once) or removed, as a checkbox of a group asks. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item)
  return on ? [...without, item] : without
}

/**
 * For selects whose first option means "none": that option has the value "" and stands for
 * `undefined` (an option bound to `undefined` or `null` would take its label as its value).
 */
export const maybeTextOf = <T extends string = string>(e: Event): T | undefined => ((e.target as Field).value || undefined) as T | undefined

/** The number of the chosen option, `undefined` for the option with the value "". */
export function maybeNumberOf(e: Event): number | undefined {
  const value = (e.target as Field).value
  return value === '' ? undefined : Number(value)
}
