import { pathsFor, watchData } from '../.vitepress/dynamic'

export default { watch: watchData, paths: () => pathsFor('de', 'daten') }
