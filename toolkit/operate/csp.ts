import { createHash } from 'node:crypto'

/** The contents of inline `<script>` elements (those without src) in an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] as string).filter((s) => s.trim() !== '')
}

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hashes of every distinct inline script of a site, sorted, for the script-src directive. */
export function scriptHashes(htmlDocuments: Iterable<string>): string[] {
  const hashes = new Set<string>()
  for (const html of htmlDocuments) for (const script of inlineScripts(html)) hashes.add(sha256(script))
  return [...hashes].sort()
}

/**
 * The Content-Security-Policy of the site: everything from the site itself, scripts only
 * from files of the site and the inline scripts the build emits (by hash), WebAssembly for
 * the search index, no plug-ins, no framing by other sites. Style attributes that the
 * framework renders need 'unsafe-inline' for styles; no script can run through them.
 */
export function contentSecurityPolicy(hashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** Every header an operator should send with the site. */
export function securityHeaders(hashes: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}
