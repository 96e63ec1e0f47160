import * as z from 'zod/mini'

// The tools validate files and stored data with zod in the browser, in its small functional
// form (zod/mini): the full API would add about 25 KB gzip to every tool page. Without
// `jitless`, zod probes `new Function`, which the site's Content-Security-Policy forbids and
// reports as a violation; the setting must come before any schema is built, so every
// browser-side schema imports `z` from here.
z.config({ jitless: true })

export { z }
