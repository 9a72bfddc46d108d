import { ApiClientError, createApiClient } from '../../../api/client/create-api-client.ts'
import { createCurationClient } from '../../../api/client/create-curation-client.ts'

/**
 * The only place that knows where the API lives: the page's own origin, under `/api`.
 * Calls go through the project's typed client (`hc<AppType>`), so request and response
 * types follow the API's route definitions.
 */
const client = createApiClient(window.location.origin)

/** Vector tiles of the sites (a MapLibre tile URL template), for datasets too large to list. */
export const SITE_TILES_URL = `${window.location.origin}/api/tiles/sites/{z}/{x}/{y}.mvt`

/** Sign-in and editing calls (same origin: the session cookie goes along). */
export const curationClient = createCurationClient(client)

type Client = typeof client
type Result<K extends keyof Client> = Client[K] extends (...args: never[]) => Promise<infer R>
  ? R
  : never

export type SiteDetail = Result<'site'>
export type ParkDetail = Result<'park'>
export type DistrictDetail = Result<'district'>
/** A clause with its text and its document's title. */
export type CitedClause = SiteDetail['clauses'][number]
export type BasemapLayer = Parameters<Client['basemap']>[0]

/** A failed API call; `status` 0 means the API could not be reached at all. */
export { ApiClientError as ApiError }

/** Typed calls of the map API used by the queries (lists are requested whole). */
export const apiClient = {
  districts: () => client.districts(),
  district: (code: string) => client.district(code),
  parks: () => client.parks(),
  park: (id: string) => client.park(id),
  /** Every site, or (with a query) one page of the sites that match it. */
  sites: (query?: Parameters<Client['sites']>[0]) => client.sites(query),
  site: (id: string) => client.site(id),
  infrastructure: () => client.infrastructure(),
  sectors: async () => (await client.sectors()).sectors,
  chains: async () => (await client.chains()).chains,
  aliases: async () => (await client.aliases()).aliases,
  stats: () => client.stats(),
  siteCounts: (query: Parameters<Client['siteCounts']>[0]) => client.siteCounts(query),
  /** One page of the sites whose name contains `q` (the server's name index). */
  searchSites: (q: string, limit: number) => client.sites({ q, limit }),
  config: () => client.config(),
  // The basemap route is typed loosely (any GeoJSON); these layers are plain FeatureCollections.
  basemap: async (layer: BasemapLayer) =>
    (await client.basemap(layer)) as unknown as GeoJSON.FeatureCollection,
  plans: () => client.plans(),
  tours: async () => (await client.tours()).tours,
  health: () => client.health(),
  access: (query: Parameters<Client['access']>[0]) => client.access(query),
  within: (query: Parameters<Client['within']>[0]) => client.within(query),
  nearest: (query: Parameters<Client['nearest']>[0]) => client.nearest(query),
  clusters: (query: Parameters<Client['clusters']>[0]) => client.clusters(query),
  chainCompleteness: (query: Parameters<Client['chainCompleteness']>[0]) =>
    client.chainCompleteness(query),
}
