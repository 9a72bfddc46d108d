import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, MiddlewareHandler } from 'hono'

/** Vite's content-hashed bundles: safe to cache for a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable'

/** Whether `webDir` holds a built web app (`index.html`). */
export function hasWebBuild(webDir: string): boolean {
  return existsSync(join(webDir, 'index.html'))
}

/** Separate pages of the build, each served at its own path (query string kept by the client). */
const PAGES = [
  { path: '/embed', file: 'embed.html' },
  { path: '/brief', file: 'brief.html' },
] as const

function pageFor(path: string, pages: ReadonlyMap<string, string>): string | undefined {
  for (const [prefix, html] of pages) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return html
  }
  return undefined
}

/**
 * Serves the built web app from `webDir` (Node only): static files with a long cache for
 * hashed `/assets/*` and `no-cache` for the rest, and `spaFallback` answering any other
 * non-API GET with its page: `/embed…` → `embed.html`, `/brief…` → `brief.html` (when built),
 * anything else → `index.html` (the client-side router takes over).
 *
 * @example
 * const web = createWebApp('dist/web')
 * app.use('*', web.staticFiles)
 */
export function createWebApp(webDir: string) {
  const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8')
  const pages = new Map<string, string>()
  for (const page of PAGES) {
    const file = join(webDir, page.file)
    if (existsSync(file)) pages.set(page.path, readFileSync(file, 'utf8'))
  }
  const files = serveStatic({ root: webDir })
  const staticFiles: MiddlewareHandler = async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next()
    const res = await files(c, next)
    if (!(res instanceof Response)) return res
    const hashed = c.req.path.startsWith('/assets/')
    res.headers.set('Cache-Control', hashed ? ASSET_CACHE_CONTROL : 'no-cache')
    return res
  }
  const spaFallback = (c: Context) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(pageFor(c.req.path, pages) ?? indexHtml)
  }
  return { staticFiles, spaFallback }
}
