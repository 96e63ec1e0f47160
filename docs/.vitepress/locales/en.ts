import type { SiteSettings } from '../../../toolkit/content/collections'
import { localeConfig } from './shared'

export const en = (docsDir: string, show: SiteSettings['show']) => ({ ...localeConfig({ lang: 'en', docsDir, show }, 'en'), link: '/en/' })
