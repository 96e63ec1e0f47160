import { sectionPaths } from '../.vitepress/route-registry'

export default { paths: () => sectionPaths('de', 'landesrecht') }
