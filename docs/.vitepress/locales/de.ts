import { localeConfig } from './shared'

export const de = (docsDir: string) => ({ ...localeConfig({ lang: 'de', docsDir }, 'de'), link: '/' })
