/**
 * The silent-writing timer as a value: running since `startedAt` (ms) or paused with
 * `elapsed` ms used. The component ticks; this module only computes.
 */
export interface TimerState {
  durationMs: number
  elapsedMs: number
  startedAt: number | null
}

export const createTimer = (minutes: number): TimerState => ({ durationMs: Math.max(0, minutes) * 60_000, elapsedMs: 0, startedAt: null })

/** The longest silent-writing phase the tool offers. */
export const MAX_MINUTES = 120

/** A timer read back from storage, or undefined for anything that is not one. */
export function timerFrom(value: unknown): TimerState | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { durationMs, elapsedMs, startedAt } = value as Record<string, unknown>
  const ms = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0
  if (!ms(durationMs) || durationMs > MAX_MINUTES * 60_000 || !ms(elapsedMs) || elapsedMs > durationMs) return undefined
  if (startedAt !== null && !ms(startedAt)) return undefined
  return { durationMs, elapsedMs, startedAt }
}

const elapsed = (t: TimerState, now: number) => t.elapsedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt))

export const remainingMs = (t: TimerState, now: number) => Math.max(0, t.durationMs - elapsed(t, now))

export const isRunning = (t: TimerState) => t.startedAt !== null

export const isFinished = (t: TimerState, now: number) => remainingMs(t, now) === 0

export const start = (t: TimerState, now: number): TimerState => (t.startedAt !== null || isFinished(t, now) ? t : { ...t, startedAt: now })

export const pause = (t: TimerState, now: number): TimerState => (t.startedAt === null ? t : { ...t, elapsedMs: Math.min(t.durationMs, elapsed(t, now)), startedAt: null })

export const reset = (t: TimerState): TimerState => ({ ...t, elapsedMs: 0, startedAt: null })

/** `m:ss`, rounded up so the display reaches 0:00 exactly when the time is over. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
