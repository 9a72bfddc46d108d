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
 * The page without its `<link rel="preload" as="fetch">` of the given API paths (a preload of
 * `/api/sites` would download a million-site list the map draws from tiles instead).
 */
export function withoutPreloads(html: string, paths: readonly string[]): string {
  return html.replace(
    /[ \t]*<link rel="preload" href="([^"]+)" as="fetch"[^>]*>\n?/g,
    (link, href) => (paths.includes(href) ? '' : link),
  )
}

/** What the pages leave out for this dataset (see `withoutPreloads`). */
export interface WebAppOptions {
  skipPreloads?: readonly string[]
}

/**
 * Serves the built web app from `webDir` (Node only): static files with a long cache for
 * hashed `/assets/*` and `no-cache` for the rest, and `spaFallback` answering any other
 * non-API GET with its page: `/embed…` → `embed.html`, `/brief…` → `brief.html` (when built),
 * anything else → `index.html` (the client-side router takes over). The pages themselves
 * (`/`, `/index.html`, `/embed.html`, `/brief.html`) are served from memory, after
 * `options.skipPreloads` took out the preloads this dataset must not start.
 *
 * @example
 * const web = createWebApp('dist/web')
 * app.use('*', web.staticFiles)
 */
export function createWebApp(webDir: string, options: WebAppOptions = {}) {
  const read = (file: string) =>
    withoutPreloads(readFileSync(join(webDir, file), 'utf8'), options.skipPreloads ?? [])
  const indexHtml = read('index.html')
  const pages = new Map<string, string>()
  const files = new Map<string, string>([
    ['/', indexHtml],
    ['/index.html', indexHtml],
  ])
  for (const page of PAGES) {
    if (!existsSync(join(webDir, page.file))) continue
    const html = read(page.file)
    pages.set(page.path, html)
    files.set(`/${page.file}`, html)
  }
  const assets = serveStatic({ root: webDir })
  const staticFiles: MiddlewareHandler = async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next()
    const page = files.get(c.req.path)
    if (page !== undefined && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      c.header('Cache-Control', 'no-cache')
      return c.html(page)
    }
    const res = await assets(c, next)
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
