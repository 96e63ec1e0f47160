import { defineAsyncComponent } from 'vue'
import { hydrateWhenUsed } from '../../../toolkit/common/hydrate-when-used'

/**
 * Components that a few pages show, imported by those pages (`<script setup>` in their Markdown,
 * `@theme/page-parts`) rather than registered for every page by the theme. Each loads its own
 * code where it is shown.
 */

/** The address carries a filter state to apply at once. */
const withState = () => window.location.search.length > 1 || window.location.hash.length > 1

// The catalogues' complete lists are in the HTML; they come to life when the reader turns to
// their filters, or at once when the address carries a state.
export const ExampleCatalogue = defineAsyncComponent({ loader: () => import('../../../toolkit/catalogue/components/ExampleCatalogue.vue'), hydrate: hydrateWhenUsed(withState) })
export const FundingCatalogue = defineAsyncComponent({ loader: () => import('../../../toolkit/catalogue/components/FundingCatalogue.vue'), hydrate: hydrateWhenUsed(withState) })
export const PrintButton = defineAsyncComponent(() => import('./components/PrintButton.vue'))
export const SiteInfo = defineAsyncComponent(() => import('./components/SiteInfo.vue'))
