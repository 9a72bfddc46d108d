import type { Plugin } from 'vite'
import { FIRST_MAP_ROUTES } from '../web/lib/api/first-map-routes.ts'

/** The pages whose map opens at once (the brief fetches its own data while it lays out). */
const PAGES = /\/(index|embed)\.html$/

/**
 * Adds a fetch preload of each of the first map's API routes to the head of the app and embed
 * pages, so the data requests start with the scripts' instead of after them.
 */
export function firstMapPreloadPlugin(): Plugin {
  return {
    name: 'tianjin-first-map-preload',
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, { filename }) =>
        PAGES.test(filename)
          ? FIRST_MAP_ROUTES.map((href) => ({
              tag: 'link',
              attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
              injectTo: 'head' as const,
            }))
          : [],
    },
  }
}
