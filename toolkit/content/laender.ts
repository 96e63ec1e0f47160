/** The 16 Länder by their usual two-letter codes. Kept free of zod so browser code can use it. */
export const LAENDER = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const
export type LandCode = (typeof LAENDER)[number]
