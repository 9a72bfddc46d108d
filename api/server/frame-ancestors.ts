/** A host: dot-separated labels of letters, digits and inner hyphens, optionally `*.`-prefixed. */
const HOST =
  /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
const KEYWORDS = new Set(["'self'", "'none'", '*'])
const SCHEMES = new Set(['http:', 'https:'])

/** Whether `source` is a CSP source this server accepts for `frame-ancestors`. */
function isSource(source: string): boolean {
  if (KEYWORDS.has(source.toLowerCase()) || SCHEMES.has(source.toLowerCase())) return true
  if (source.length > 300) return false
  const match = /^(?:(https?):\/\/)?([^:/]+)(?::(\d{1,5}|\*))?$/i.exec(source)
  const host = match?.[2]
  const port = match?.[3]
  const portOk = port === undefined || port === '*' || Number(port) <= 65535
  return host !== undefined && HOST.test(host) && portOk
}

/**
 * Parses `EMBED_FRAME_ANCESTORS`: CSP sources separated by spaces or commas — `*`, `'self'`,
 * `'none'`, `https:`, or `[scheme://]host[:port]` with an optional `*.` wildcard. Unset means
 * `*`. Throws naming the first bad source, and on a value that is set but holds no source,
 * so the header can be neither injected into nor silently widened.
 *
 * @example
 * parseFrameAncestors('https://example.org, https://*.gov.cn') // ['https://example.org', 'https://*.gov.cn']
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  if (value === undefined) return ['*']
  const sources = value.split(/[\s,]+/).filter((s) => s !== '')
  if (sources.length === 0) {
    throw new Error(
      'EMBED_FRAME_ANCESTORS is set but empty; unset it to allow any site ("*"), or list sources',
    )
  }
  const bad = sources.find((s) => !isSource(s))
  if (bad !== undefined) {
    const shown = bad.length > 60 ? `${bad.slice(0, 60)}…` : bad
    throw new Error(
      `EMBED_FRAME_ANCESTORS: "${shown}" is not a CSP source (use e.g. "*", "'self'", "https://example.org")`,
    )
  }
  return sources
}
