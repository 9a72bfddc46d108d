import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const app = createApp(await loadDataset(ROOT), { version: 'place-truth-test' })

// biome-ignore lint/suspicious/noExplicitAny: the tests walk raw response JSON
async function get(url: string): Promise<any> {
  const res = await app.request(url)
  expect(res.status, url).toBe(200)
  return res.json()
}

/** Every object in a response that reports a place: it has `location_precision` or a distance. */
function reportedPlaces(
  body: unknown,
  path = '$',
): { at: string; item: Record<string, unknown> }[] {
  if (Array.isArray(body)) return body.flatMap((v, i) => reportedPlaces(v, `${path}[${i}]`))
  if (body === null || typeof body !== 'object') return []
  const item = body as Record<string, unknown>
  const own =
    'distance_km' in item || 'location_precision' in item || isPlaceRef(item)
      ? [{ at: path, item }]
      : []
  return [...own, ...Object.entries(item).flatMap(([k, v]) => reportedPlaces(v, `${path}.${k}`))]
}

/**
 * A place reference without a distance, e.g. a cluster member `{ id, name_zh, name_en }` —
 * not a district (`code`) or a chain link (`ref`).
 */
const isPlaceRef = (item: Record<string, unknown>) =>
  typeof item.id === 'string' &&
  typeof item.name_en === 'string' &&
  !('code' in item) &&
  !('ref' in item)

/** Sample analysis calls on the project data, the six kinds the issue sampled. */
const SAMPLES = [
  '/api/analysis/within?lng=117.594595&lat=38.909595&radius_km=20',
  '/api/analysis/nearest?lng=117.7&lat=39.05&k=10',
  '/api/analysis/clusters?sector=new-energy&eps_km=5&min_points=2',
  '/api/analysis/chain-completeness?chain=hydrogen&park=china-hydrogen-valley',
  '/api/analysis/chain-completeness?chain=nev&park=teda&radius_km=15',
  '/api/analysis/access?park=binhai-hydrogen-vehicle-park',
  '/api/analysis/access?lng=117.2&lat=39.13&sector=li-battery',
]

describe('honest analysis on the project data', () => {
  it('gives every item of every analysis response its location_precision', async () => {
    let seen = 0
    for (const url of SAMPLES) {
      for (const { at, item } of reportedPlaces(await get(url))) {
        seen += 1
        expect(item.location_precision, `${url} ${at}`).toMatch(/^(exact|approximate|district)$/)
      }
    }
    expect(seen).toBeGreaterThan(100)
  })

  it('never gives a district-level item a km distance or a position', async () => {
    let districtLevel = 0
    for (const url of SAMPLES) {
      for (const { at, item } of reportedPlaces(await get(url))) {
        if (item.location_precision !== 'district') continue
        districtLevel += 1
        if ('distance_km' in item) expect(item.distance_km, `${url} ${at}`).toBeNull()
        if ('position' in item) expect(item.position, `${url} ${at}`).toBeNull()
      }
    }
    expect(districtLevel).toBeGreaterThan(20)
  })

  it('lists no China Hydrogen Valley provider at 0.00 km: the valley is known only to its district', async () => {
    const body = await get(
      '/api/analysis/chain-completeness?chain=hydrogen&park=china-hydrogen-valley',
    )
    expect(body.subject).toMatchObject({ location_precision: 'district', centers: [] })
    expect(body.center).toBeNull()
    const hits = reportedPlaces(body.links).map(({ item }) => item)
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) expect(hit.distance_km ?? null).toBeNull()
    const present = body.links.filter((l: { present: boolean }) => l.present)
    for (const link of present) expect(link.members.length).toBeGreaterThan(0)
    expect(body.score).toBeLessThan(0.78)
  })

  it("counts FAW-VW's passenger-car link as present in TEDA, as a member, though the base is in Ninghe", async () => {
    const body = await get('/api/analysis/chain-completeness?chain=nev&park=teda&radius_km=10')
    const cars = body.links.find((l: { id: string }) => l.id === 'passenger-vehicles')
    expect(cars.present).toBe(true)
    const faw = cars.members.find((m: { id: string }) => m.id === 'faw-vw-tianjin-nev')
    expect(faw).toMatchObject({
      location_precision: 'district',
      district_code: '120117',
      distance_km: null,
    })
  })

  it('satisfies the NEV traction-battery link through the lithium-ion chain (an equivalence)', async () => {
    const body = await get('/api/analysis/chain-completeness?chain=nev&park=binhai-hi-tech-zone')
    const batteries = body.links.find((l: { id: string }) => l.id === 'batteries')
    expect(batteries.present).toBe(true)
    const via = [...batteries.providers, ...batteries.members].map(
      (p: { via: string | null }) => p.via,
    )
    expect(via).toContain('li-battery/cells')
  })

  it('clusters located sites only and lists the district-level ones it left out', async () => {
    const body = await get('/api/analysis/clusters?sector=new-energy&eps_km=5&min_points=2')
    expect(body.district_level.total).toBeGreaterThan(0)
    for (const feature of body.features) {
      for (const m of feature.properties.members) expect(m.location_precision).not.toBe('district')
    }
  })
})
