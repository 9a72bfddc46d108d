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

/**
 * Serves the built web app from `webDir` (Node only): static files with a long cache for
 * hashed `/assets/*` and `no-cache` for the rest, and `spaFallback` answering any other
 * non-API GET with `index.html` (the client-side router takes over).
 *
 * @example
 * const web = createWebApp('dist/web')
 * app.use('*', web.staticFiles)
 */
export function createWebApp(webDir: string) {
  const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8')
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
    return c.html(indexHtml)
  }
  return { staticFiles, spaFallback }
}
