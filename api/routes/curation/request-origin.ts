import type { Context } from 'hono'

/** What `@hono/node-server` passes as the app's env: the Node request. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } }
}

/** Who sent a request and to which origin, as far as this server can trust it. */
export interface RequestOrigin {
  /** The client's address (sign-in throttling). */
  ip: string
  /** Whether the client reached us over HTTPS (then the session cookie is `Secure`). */
  secure: boolean
  /** `scheme://host[:port]` the client used: what a same-origin `Origin` header must equal. */
  origin: string
}

/**
 * The entry `trustProxy` hops from the right of a comma-separated forwarding header (each
 * proxy appends what it saw, so entries further left come from the client and are not
 * trusted); the leftmost when there are fewer.
 */
function forwarded(value: string | undefined, trustProxy: number): string | undefined {
  if (!value) return undefined
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  return entries[Math.max(0, entries.length - trustProxy)]
}

/**
 * The client address, protocol and origin of a request. With `trustProxy` = 0 (the default:
 * no reverse proxy) they come from the connection and the `Host` header; with N > 0, from the
 * `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Forwarded-Host` entries the N proxies in front
 * of the server added (`TRUST_PROXY`).
 *
 * @example
 * requestOrigin(c, 1) // { ip: '203.0.113.7', secure: true, origin: 'https://map.example.org' }
 */
export function requestOrigin(c: Context, trustProxy: number): RequestOrigin {
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket
  const url = new URL(c.req.url)
  const direct = {
    ip: socket?.remoteAddress ?? 'local',
    secure: socket?.encrypted === true || url.protocol === 'https:',
    host: c.req.header('host') ?? url.host,
  }
  if (trustProxy <= 0) {
    return { ip: direct.ip, secure: direct.secure, origin: `${url.protocol}//${direct.host}` }
  }
  const proto = forwarded(c.req.header('x-forwarded-proto'), trustProxy)?.toLowerCase()
  const secure = proto ? proto === 'https' : direct.secure
  const host = forwarded(c.req.header('x-forwarded-host'), trustProxy) ?? direct.host
  return {
    ip: forwarded(c.req.header('x-forwarded-for'), trustProxy) ?? direct.ip,
    secure,
    origin: `${secure ? 'https' : 'http'}://${host}`,
  }
}
