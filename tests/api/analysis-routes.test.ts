import { distance } from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app } = createTestApp()
const HUAYUAN = 'lng=117.14&lat=39.085'

describe('GET /api/analysis/within', () => {
  it('returns sites and parks within the radius, nearest first, with distances and a sector summary', async () => {
    const { status, body } = await getJson(app, `/api/analysis/within?${HUAYUAN}&radius_km=5`)
    expect(status).toBe(200)
    const distances = body.items.map((i: { distance_km: number }) => i.distance_km)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.every((d: number) => d <= 5)).toBe(true)
    const lishen = body.items.find((i: { id: string }) => i.id === 'tianjin-lishen-battery')
    expect(lishen.distance_km).toBe(
      distance([117.14, 39.085], [117.138, 39.084], { units: 'kilometers' }),
    )
    expect(body.by_sector[0]).toMatchObject({ sector: 'li-battery' })
    expect(body.total).toBe(body.items.length)
  })

  it('filters by sector and kind', async () => {
    const { body } = await getJson(
      app,
      `/api/analysis/within?${HUAYUAN}&radius_km=100&sector=wind&kind=park`,
    )
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(['binhai-wind-power-base', 'teda'])
  })

  it('rejects a missing radius, a radius of zero and an unknown sector', async () => {
    expect(
      expectApiError((await getJson(app, `/api/analysis/within?${HUAYUAN}`)).body, 400),
    ).toMatchObject({
      parameter: 'radius_km',
      message: 'radius_km is required',
    })
    const zero = await getJson(app, `/api/analysis/within?${HUAYUAN}&radius_km=0`)
    expect(expectApiError(zero.body, 400).parameter).toBe('radius_km')
    const sector = await getJson(app, `/api/analysis/within?${HUAYUAN}&radius_km=5&sector=steel`)
    expect(expectApiError(sector.body, 400).parameter).toBe('sector')
  })

  it('rejects out-of-range coordinates naming the parameter and the range', async () => {
    const { body } = await getJson(app, '/api/analysis/within?lng=117&lat=91&radius_km=5')
    expect(expectApiError(body, 400)).toMatchObject({
      parameter: 'lat',
      value: '91',
      allowed: 'a decimal number from -90 to 90',
    })
  })
})

describe('GET /api/analysis/nearest', () => {
  it('returns the k nearest sites of a sector', async () => {
    const { body } = await getJson(app, `/api/analysis/nearest?${HUAYUAN}&sector=hydrogen&k=2`)
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([
      'nankai-university',
      'dalu-hydrogen-equipment',
    ])
  })

  it('returns all matching sites when k exceeds them, and defaults k to 5', async () => {
    const all = await getJson(app, `/api/analysis/nearest?${HUAYUAN}&sector=wind&k=1000`)
    expect(all.body.items).toHaveLength(5)
    const defaulted = await getJson(app, `/api/analysis/nearest?${HUAYUAN}`)
    expect(defaulted.body).toMatchObject({ k: 5 })
    expect(defaulted.body.items).toHaveLength(5)
  })
})

describe('GET /api/analysis/clusters', () => {
  it('returns DBSCAN hulls of a sector as a FeatureCollection', async () => {
    const { body } = await getJson(app, '/api/analysis/clusters?sector=wind&eps_km=3&min_points=2')
    expect(body.type).toBe('FeatureCollection')
    expect(
      body.features.map((f: { properties: { member_ids: string[] } }) => f.properties.member_ids),
    ).toEqual([
      ['dongfang-electric-blades', 'mingyang-wind-tianjin', 'tianjin-ruineng-electric'],
      ['vestas-wind-tianjin', 'zf-gearbox-expansion'],
    ])
    expect(body.noise_ids).toEqual([])
  })

  it('requires a sector', async () => {
    expect(expectApiError((await getJson(app, '/api/analysis/clusters')).body, 400).parameter).toBe(
      'sector',
    )
  })
})

describe('GET /api/analysis/chain-completeness', () => {
  it('scores a park by the chain links present within the radius', async () => {
    const { body } = await getJson(
      app,
      '/api/analysis/chain-completeness?chain=hydrogen&park=binhai-hydrogen-vehicle-park&radius_km=5',
    )
    expect(body).toMatchObject({
      park_id: 'binhai-hydrogen-vehicle-park',
      present_links: 1,
      total_links: 3,
    })
    expect(body.score).toBeCloseTo(1 / 3, 12)
    const refuelling = body.links.find((l: { id: string }) => l.id === 'refuelling')
    expect(refuelling).toMatchObject({ present: false, providers: [], nearest: null })
    const production = body.links.find((l: { id: string }) => l.id === 'production')
    expect(production.present).toBe(false)
    expect(production.nearest.id).toBe('dalu-hydrogen-equipment')
  })

  it('accepts a point instead of a park', async () => {
    const { body } = await getJson(
      app,
      `/api/analysis/chain-completeness?chain=li-battery&${HUAYUAN}&radius_km=3`,
    )
    expect(body.park_id).toBeNull()
    expect(
      body.links.filter((l: { present: boolean }) => l.present).map((l: { id: string }) => l.id),
    ).toEqual(['cathode', 'cells', 'recycling'])
  })

  it('rejects park together with lng/lat, a missing point, and unknown chain or park', async () => {
    const both = await getJson(
      app,
      `/api/analysis/chain-completeness?chain=hydrogen&park=teda&${HUAYUAN}`,
    )
    expect(expectApiError(both.body, 400).parameter).toBe('park')
    const none = await getJson(app, '/api/analysis/chain-completeness?chain=hydrogen&lat=39')
    expect(expectApiError(none.body, 400).parameter).toBe('lng')
    const chain = await getJson(app, `/api/analysis/chain-completeness?chain=steel&${HUAYUAN}`)
    expect(expectApiError(chain.body, 400).allowed).toEqual(['hydrogen', 'li-battery'])
    const park = await getJson(app, '/api/analysis/chain-completeness?chain=hydrogen&park=nowhere')
    expect(expectApiError(park.body, 400).parameter).toBe('park')
  })
})

describe('GET /api/analysis/access', () => {
  it('gives distances to the port, airport, nearest rail station and nearest park of a sector', async () => {
    const { body } = await getJson(app, `/api/analysis/access?${HUAYUAN}&sector=wind`)
    expect(body.airport.id).toBe('tianjin-binhai-international-airport')
    expect(body.rail_station.id).toBe('tianjin-south-railway-station')
    expect(body.park.id).toBe('binhai-wind-power-base')
    expect(body.port.kind).toMatch(/^port/)
    expect(body.district).toEqual({ code: '120104', name_zh: '南开区', name_en: 'Nankai District' })
    expect(body.inside_parks.map((p: { id: string }) => p.id)).toEqual(['binhai-hi-tech-zone'])
  })

  it('reports no district for a point in the sea', async () => {
    const { body } = await getJson(app, '/api/analysis/access?lng=118.2&lat=38.8')
    expect(body.district).toBeNull()
    expect(body.inside_parks).toEqual([])
  })
})
