import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScripts, scriptHashes, sha256 } from '../../../toolkit/operate/csp'
import { apacheConfig, iisConfig, nginxConfig } from '../../../toolkit/operate/server-configs'

describe('Content-Security-Policy', () => {
  const page = '<html><head><script type="module" src="/assets/app.js"></script><script id="a">console.log(1)</script></head><body><script>\nlet x = "<b>"\n</script></body></html>'

  it('finds inline scripts and ignores scripts loaded from files', () => {
    expect(inlineScripts(page)).toEqual(['console.log(1)', '\nlet x = "<b>"\n'])
  })

  it('hashes each distinct inline script once, as browsers compute it', () => {
    const expected = `'sha256-${createHash('sha256').update('console.log(1)').digest('base64')}'`
    expect(sha256('console.log(1)')).toBe(expected)
    expect(scriptHashes([page, page])).toHaveLength(2)
    expect(scriptHashes([page])).toContain(expected)
  })

  it('allows scripts only from the site, by hash and WebAssembly for the search', () => {
    const csp = contentSecurityPolicy(["'sha256-abc='"])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='")
    expect(csp).toContain("object-src 'none'")
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false)
  })
})

describe('server configurations', () => {
  const headers = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' }
  it('nginx: a location for the base path with types, fallbacks, headers and caching', () => {
    const conf = nginxConfig('/wissen/ikz/', headers)
    expect(conf).toContain('location /wissen/ikz/ {')
    expect(conf).toContain('application/wasm wasm;')
    expect(conf).toContain('application/octet-stream pf_meta;')
    expect(conf).toContain('try_files $uri $uri.html $uri/ =404;')
    expect(conf).toContain('error_page 404 /wissen/ikz/404.html;')
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`)
    expect(conf).toContain('immutable')
    expect(conf).toMatch(/gzip_types [^;]*application\/wasm[^;]*;/)
  })
  it('Apache and IIS: types, headers and the 404 page', () => {
    expect(apacheConfig(headers)).toContain('AddType application/wasm .wasm')
    expect(apacheConfig(headers)).toContain(`Header always set X-Content-Type-Options "nosniff"`)
    const iis = iisConfig(headers)
    expect(iis).toContain('<mimeMap fileExtension=".pf_index" mimeType="application/octet-stream" />')
    expect(iis).toContain(`value="default-src 'self'"`)
    expect(iis).toContain('path="404.html"')
    expect(apacheConfig(headers)).toMatch(/AddOutputFilterByType DEFLATE text\/html .*application\/wasm/)
    expect(iis).toContain('doStaticCompression="true"')
  })
})
