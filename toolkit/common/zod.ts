import { z } from 'zod'

// The tools validate files and stored data with zod in the browser. Without `jitless`, zod
// probes `new Function`, which the site's Content-Security-Policy forbids and reports as a
// violation. The setting must be made before any schema is built, so every tool schema
// imports `z` from here rather than from 'zod'.
z.config({ jitless: true })

export { z }
