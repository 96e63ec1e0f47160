import { MEASURE_STATUSES, QUADRANTS, STEP_IDS, TOWS_PAIRS, blankWorkshop, type Workshop } from './schema'

/**
 * A deterministic, filled-in workshop of generic partners ("Gemeinde 1" …) for tests and the
 * benchmark. `size` scales every list; nothing in it describes a real municipality.
 */
export function sampleWorkshop(size = 5): Workshop {
  const n = Math.max(1, Math.floor(size))
  const range = (k: number) => Array.from({ length: k }, (_, i) => i)
  const municipalities = range(n).map((i) => `Gemeinde ${i + 1}`)
  const w = blankWorkshop()
  const swot = Object.fromEntries(QUADRANTS.map((q) => [q, range(n * 2).map((i) => ({ id: `${q}-${i}`, text: `${q} ${i + 1}: Beispielpunkt`, author: municipalities[i % n] ?? '' }))])) as Workshop['swot']
  const goals = range(n * 2).map((i) => ({ id: `goal-${i}`, text: `Ziel ${i + 1}`, indicator: `Kennzahl ${i + 1}`, target: `${(i + 1) * 10} %`, due: `20${30 + (i % 9)}-12-31`, owner: municipalities[i % n] ?? '', field: `Handlungsfeld ${(i % 3) + 1}` }))
  const cards = STEP_IDS.flatMap((step) => range(n * 3).map((i) => ({ id: `card-${step}-${i}`, step, text: `Idee ${i + 1} zu ${step}`, author: municipalities[i % n] ?? '', clusterId: i % 2 === 0 ? `cluster-${step}-${i % 4}` : '' })))
  const participants = range(n * 2).map((i) => ({ id: `p-${i}`, name: `Person ${i + 1}`, municipality: municipalities[i % n] ?? '' }))
  return {
    ...w,
    title: 'Beispiel-Werkstatt (zur Veranschaulichung)',
    clarification: { purpose: 'Gemeinsame Ausrichtung der Kooperation.', municipalities, participants: 'Bürgermeisterinnen und Bürgermeister, Amtsleitungen', scope: 'Verwaltungsdienste', timeFrame: '2027–2037', resources: 'Moderation, Geschäftsstelle', date: '2027-03-15', process: 'Drei Werkstätten, danach Beratung in den Räten.' },
    swot,
    tows: TOWS_PAIRS.flatMap((pair) => range(n).map((i) => ({ id: `tows-${pair}-${i}`, pair, text: `Strategie ${pair} ${i + 1}`, itemIds: [`${pair[0] === 'S' ? 'strengths' : 'weaknesses'}-${i}`, `${pair[1] === 'O' ? 'opportunities' : 'threats'}-${i}`] }))),
    vision: { horizon: '2040', statement: 'Im Jahr 2040 erbringen die Partner ihre Dienste gemeinsam.' },
    mission: { we: 'Die Kooperation der Gemeinden', what: 'erbringt Verwaltungsdienste gemeinsam', forWhom: 'für die Einwohnerinnen und Einwohner', purpose: 'um verlässlich und wirtschaftlich zu bleiben' },
    values: range(Math.min(n, 5)).map((i) => ({ id: `value-${i}`, label: `Wert ${i + 1}`, note: 'Bedeutung für die Zusammenarbeit' })),
    principles: range(n * 2).map((i) => ({ id: `principle-${i}`, field: `Handlungsfeld ${(i % 3) + 1}`, text: `Leitsatz ${i + 1}.`, explanation: 'Erläuterung.' })),
    goals,
    measures: range(n * 4).map((i) => ({ id: `measure-${i}`, title: `Maßnahme ${i + 1}`, owner: municipalities[i % n] ?? '', partners: municipalities.slice(0, 3), start: '2027-01-01', end: `202${7 + (i % 3)}-06-30`, status: MEASURE_STATUSES[i % MEASURE_STATUSES.length] ?? 'planned', budget: i % 5 === 0 ? null : (i + 1) * 1000, goalId: goals[i % goals.length]?.id ?? '' })),
    indicators: goals.map((g, i) => ({ id: `indicator-${i}`, name: g.indicator, unit: '%', goalId: g.id, baseline: 0, target: (i + 1) * 10, reviews: range(3).map((r) => ({ id: `review-${i}-${r}`, date: `${2028 + r}-01-01`, value: r * 2, note: '' })) })),
    workshop: {
      participants,
      budget: 5,
      cards,
      clusters: STEP_IDS.flatMap((step) => range(4).map((i) => ({ id: `cluster-${step}-${i}`, step, label: `Cluster ${i + 1}` }))),
      votes: participants.flatMap((p, i) => range(3).map((k) => ({ id: `vote-${i}-${k}`, participantId: p.id, cardId: cards[(i + k) % cards.length]?.id ?? '' }))),
      revealed: false,
      timerMinutes: 5,
    },
  }
}
