/** A value that names something in the fixture data, per path parameter. */
const PATH_VALUES: Record<string, string> = {
  code: '120116',
  id: 'teda',
  layer: 'haihe',
  z: '0',
  x: '0',
  y: '0',
}
/** Route-specific path values where the parameter name is shared (`/api/sites/{id}` …). */
const PATH_OVERRIDES: Record<string, string> = {
  '/api/sites/{id}': 'vestas-wind-tianjin',
  '/api/clauses/{id}': 'ne18-2.2',
}
/** A valid value of each required query parameter. */
const QUERY_VALUES: Record<string, string> = {
  lng: '117.2',
  lat: '39.1',
  radius_km: '5',
  sector: 'wind',
  chain: 'hydrogen',
}

/** Parameters a route needs beyond its required ones (one of park, or lng and lat). */
const EXTRA_QUERY: Record<string, string> = {
  '/api/analysis/chain-completeness': 'park=teda',
  '/api/analysis/access': 'lng=117.2&lat=39.1',
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[]
}

/**
 * One valid call of every GET route in an OpenAPI document (path parameters and required
 * query parameters filled with fixture values), as `[template, url]`.
 *
 * @example
 * validCalls(await (await app.request('/api/openapi.json')).json())
 * // [['/api/analysis/within', '/api/analysis/within?lng=117.2&lat=39.1&radius_km=5'], …]
 */
export function validCalls(document: {
  paths: Record<string, { get?: OpenApiOperation }>
}): [string, string][] {
  const gets = Object.entries(document.paths).filter(([, item]) => item.get)
  return gets.map(([template, item]) => {
    const path = template.replace(
      /\{([^}]+)\}/g,
      (_, name: string) => PATH_OVERRIDES[template] ?? PATH_VALUES[name] ?? 'x',
    )
    const required = (item.get?.parameters ?? []).filter((p) => p.in === 'query' && p.required)
    const query = [
      ...required.map((p) => `${p.name}=${QUERY_VALUES[p.name] ?? 'x'}`),
      ...(EXTRA_QUERY[template] ? [EXTRA_QUERY[template]] : []),
    ].join('&')
    return [template, query ? `${path}?${query}` : path]
  })
}
