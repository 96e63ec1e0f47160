import { sectionPaths } from '../../.vitepress/route-registry'

export default { paths: () => sectionPaths('en', 'aufgabenfelder') }
