import { localeConfig } from './shared'

export const en = (docsDir: string) => ({ ...localeConfig({ lang: 'en', docsDir }, 'en'), link: '/en/' })
