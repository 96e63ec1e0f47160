import type { Page } from 'playwright-core'
import { listTree } from '../../../toolkit/content/load'

/** Every page of a built site as a path below its base, e.g. `en/grundlagen/was-ist-ikz.html`. */
export function builtPages(dir: string): string[] {
  return listTree(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
}

/**
 * Scrolls to a tool's place on its page, as a reader does: a tool that follows its page's
 * explanations starts as it comes near the screen (docs/.vitepress/theme/tools/near-view.ts).
 */
export async function scrollToTool(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('.ikz-tool-pending, .ikz-strategy, .ikz-sh, .ikz-ww')?.scrollIntoView())
}
