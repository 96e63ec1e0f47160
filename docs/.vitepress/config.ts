import { createConfig } from './configure'

export default createConfig()
