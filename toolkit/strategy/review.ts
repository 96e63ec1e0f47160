import type { Indicator, Review } from './schema'

/** The reviews with a date and a value, oldest first. */
export const datedReviews = (ind: Indicator): Review[] => ind.reviews.filter((r) => r.date !== '' && r.value !== null).sort((a, b) => a.date.localeCompare(b.date))

/**
 * How far the latest review has come from the baseline towards the target: 0 at the baseline,
 * 1 at the target, negative when it went the wrong way, above 1 when it went further. Works
 * for targets below the baseline (e.g. fewer days of processing time) as well.
 */
export function progress(ind: Indicator): number | null {
  const latest = datedReviews(ind).at(-1)
  if (ind.baseline === null || ind.target === null || !latest || latest.value === null || ind.target === ind.baseline) return null
  return (latest.value - ind.baseline) / (ind.target - ind.baseline)
}

/** Each dated review with its share of the way from baseline to target (null when that cannot be computed). */
export function progressOverTime(ind: Indicator): { review: Review; share: number | null }[] {
  const span = ind.baseline === null || ind.target === null || ind.target === ind.baseline ? null : ind.target - ind.baseline
  return datedReviews(ind).map((review) => ({ review, share: span === null || review.value === null || ind.baseline === null ? null : (review.value - ind.baseline) / span }))
}
