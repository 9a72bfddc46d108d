/**
 * The API routes the first map needs before it can draw (camera, sources, legend): the build
 * adds a `<link rel="preload" as="fetch" crossorigin>` for each to the app and embed pages
 * (`scripts/vite-first-map-preload.ts`), so they load while the scripts do, and the queries'
 * own requests (same URL, same credentials mode) are answered by those responses.
 */
export const FIRST_MAP_ROUTES = [
  '/api/config',
  '/api/sectors',
  '/api/chains',
  '/api/districts',
  '/api/parks',
  '/api/sites',
  '/api/infrastructure',
  '/api/basemap/sea',
  '/api/basemap/neighbours',
  '/api/basemap/outline',
  '/api/basemap/coastline',
  '/api/basemap/haihe',
  '/api/basemap/region',
  '/api/basemap/context',
] as const
