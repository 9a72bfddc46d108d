import { type ClientResponse, hc } from 'hono/client'
import type { ApiError } from '../domain/index.ts'
import type { AppType } from '../routes/api-routes.ts'

/** The basemap layers `/api/basemap/{layer}` serves. */
export type BasemapLayerName =
  | 'outline'
  | 'coastline'
  | 'sea'
  | 'neighbours'
  | 'haihe'
  | 'region'
  | 'context'

/** A route's query type with free-form string fields also accepting numbers. */
type Loose<Q> = { [K in keyof Q]: string extends Q[K] ? Q[K] | number : Q[K] }

/** A non-2xx answer of the API, carrying its error body (`{ error: { … } }`). */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
  ) {
    super(body?.error.message ?? `HTTP ${status}`)
    this.name = 'ApiClientError'
  }
}

/**
 * Drops undefined entries and turns numbers into decimal strings (a query is all strings).
 *
 * @example
 * toQuery({ lng: 117.2, lat: 39.13, sector: undefined }) // { lng: '117.2', lat: '39.13' }
 */
export function toQuery<Q>(query: Loose<Q>): Q {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value !== undefined) out[key] = String(value)
  }
  return out as Q
}

/** The body type of the 2xx members of a union of client responses. */
type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? (S extends 200 | 201 ? T : never) : never

/**
 * Resolves to the JSON of a 2xx response, or throws `ApiClientError` with the error body.
 *
 * @example
 * const sectors = await unwrap(client.api.sectors.$get())
 */
export async function unwrap<R extends ClientResponse<unknown, number, 'json'>>(
  response: Promise<R>,
): Promise<SuccessBody<R>> {
  const res = await response
  if (res.ok) return (await res.json()) as SuccessBody<R>
  const body = (await res.json().catch(() => null)) as ApiError | null
  throw new ApiClientError(res.status, body)
}

type Options = Parameters<typeof hc>[1]

/**
 * The typed API client (browser-safe): `raw` is `hc<AppType>` — every route with typed query
 * and response — and the helpers below unwrap JSON or throw `ApiClientError`. `baseUrl` is
 * the origin serving `/api` ('/' for same origin).
 *
 * @example
 * const api = createApiClient('/')
 * const near = await api.within({ lng: 117.2, lat: 39.13, radius_km: 10, sector: 'wind' })
 * near.items[0]?.distance_km
 */
export function createApiClient(baseUrl: string, options?: Options) {
  const raw = hc<AppType>(baseUrl, options)
  const api = raw.api
  const analysis = api.analysis
  type Q<F extends (args: { query: never }) => unknown> = NonNullable<Parameters<F>[0]>['query']
  type In<F extends (args: { query: never }) => unknown> = Loose<Q<F>>
  return {
    raw,
    health: () => unwrap(api.health.$get()),
    districts: (q: In<typeof api.districts.$get> = {}) =>
      unwrap(api.districts.$get({ query: toQuery<Q<typeof api.districts.$get>>(q) })),
    district: (code: string) => unwrap(api.districts[':code'].$get({ param: { code } })),
    parks: (q: In<typeof api.parks.$get> = {}) =>
      unwrap(api.parks.$get({ query: toQuery<Q<typeof api.parks.$get>>(q) })),
    park: (id: string) => unwrap(api.parks[':id'].$get({ param: { id } })),
    sites: (q: In<typeof api.sites.$get> = {}) =>
      unwrap(api.sites.$get({ query: toQuery<Q<typeof api.sites.$get>>(q) })),
    site: (id: string) => unwrap(api.sites[':id'].$get({ param: { id } })),
    infrastructure: (q: In<typeof api.infrastructure.$get> = {}) =>
      unwrap(api.infrastructure.$get({ query: toQuery<Q<typeof api.infrastructure.$get>>(q) })),
    sectors: () => unwrap(api.sectors.$get()),
    chains: () => unwrap(api.chains.$get()),
    plans: () => unwrap(api.plans.$get()),
    tours: () => unwrap(api.tours.$get()),
    clause: (id: string) => unwrap(api.clauses[':id'].$get({ param: { id } })),
    stats: () => unwrap(api.stats.$get()),
    siteCounts: (q: In<typeof api.stats.sites.$get> = {}) =>
      unwrap(api.stats.sites.$get({ query: toQuery<Q<typeof api.stats.sites.$get>>(q) })),
    aliases: () => unwrap(api.aliases.$get()),
    config: () => unwrap(api.config.$get()),
    basemap: (layer: BasemapLayerName) => unwrap(api.basemap[':layer'].$get({ param: { layer } })),
    within: (q: In<typeof analysis.within.$get>) =>
      unwrap(analysis.within.$get({ query: toQuery<Q<typeof analysis.within.$get>>(q) })),
    nearest: (q: In<typeof analysis.nearest.$get>) =>
      unwrap(analysis.nearest.$get({ query: toQuery<Q<typeof analysis.nearest.$get>>(q) })),
    access: (q: In<typeof analysis.access.$get>) =>
      unwrap(analysis.access.$get({ query: toQuery<Q<typeof analysis.access.$get>>(q) })),
    clusters: (q: In<typeof analysis.clusters.$get>) =>
      unwrap(analysis.clusters.$get({ query: toQuery<Q<typeof analysis.clusters.$get>>(q) })),
    chainCompleteness: (q: In<(typeof analysis)['chain-completeness']['$get']>) =>
      unwrap(
        analysis['chain-completeness'].$get({
          query: toQuery<Q<(typeof analysis)['chain-completeness']['$get']>>(q),
        }),
      ),
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
