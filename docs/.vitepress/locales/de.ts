import type { SiteSettings } from '../../../toolkit/content/collections'
import { localeConfig } from './shared'

export const de = (docsDir: string, show: SiteSettings['show']) => ({ ...localeConfig({ lang: 'de', docsDir, show }, 'de'), link: '/' })
