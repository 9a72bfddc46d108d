/** Minimal shapes of API records the browser tests compare the page against. */
export interface SiteRecord {
  geometry: { coordinates: [number, number] }
  properties: {
    id: string
    name_zh: string
    name_en: string
    sectors: string[]
    plans: string[]
    district_code: string
    location_precision: 'exact' | 'approximate' | 'district'
  }
}

/** Reads the API directly (from the test process, not the page). */
export async function fetchApi<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api${path}`)
  if (!response.ok) throw new Error(`GET /api${path}: ${response.status}`)
  return (await response.json()) as T
}

export async function fetchSites(baseUrl: string): Promise<SiteRecord[]> {
  return (await fetchApi<{ features: SiteRecord[] }>(baseUrl, '/sites')).features
}

/** Located sites whose point no other site shares (one click on the map reaches them). */
export function sitesStandingAlone(sites: readonly SiteRecord[]): SiteRecord[] {
  const located = sites.filter((s) => s.properties.location_precision !== 'district')
  const key = (s: SiteRecord) => s.geometry.coordinates.join(',')
  const counts = new Map<string, number>()
  for (const site of located) counts.set(key(site), (counts.get(key(site)) ?? 0) + 1)
  return located.filter((site) => counts.get(key(site)) === 1)
}
