export const TABS = ['register', 'grid', 'salience', 'network', 'plan', 'report'] as const
export type Tab = (typeof TABS)[number]
