import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app, ds } = createTestApp()
const ids = (body: { features: { properties: { id: string } }[] }) =>
  body.features.map((f) => f.properties.id)

describe('GET /api/sites', () => {
  it('returns every site as a FeatureCollection sorted by id with total and X-Total-Count', async () => {
    const { status, body, res } = await getJson(app, '/api/sites')
    expect(status).toBe(200)
    expect(body.type).toBe('FeatureCollection')
    expect(body.total).toBe(ds.sites.length)
    expect(res.headers.get('x-total-count')).toBe(String(ds.sites.length))
    expect(ids(body)).toEqual(ds.sites.map((s) => s.properties.id).sort())
  })

  it('filters by sector including sub-sectors (new-energy covers wind, hydrogen, batteries)', async () => {
    const { body } = await getJson(app, '/api/sites?sector=new-energy')
    const biomedicine = ds.sites.filter((s) => s.properties.sectors.includes('biomedicine'))
    expect(body.total).toBe(ds.sites.length - biomedicine.length)
  })

  it('filters by chain and by chain link', async () => {
    const chain = await getJson(app, '/api/sites?chain=hydrogen')
    expect(ids(chain.body)).toEqual([
      'bohua-group-hydrogen',
      'dalu-hydrogen-equipment',
      'guoqing-new-energy',
    ])
    const link = await getJson(app, '/api/sites?link=li-battery/cathode')
    expect(ids(link.body)).toEqual(['cetc-18th-institute', 'tianjin-bamo-technology'])
  })

  it('filters by district, status, plan and park', async () => {
    const district = await getJson(app, '/api/sites?district=120118')
    expect(ids(district.body)).toEqual(['tianjin-dongaomembrane', 'tianjin-jiewei-power'])
    const status = await getJson(app, '/api/sites?status=in-production')
    expect(ids(status.body)).toEqual(['dongfang-electric-blades', 'zf-gearbox-expansion'])
    const plan = await getJson(app, '/api/sites?plan=mfg21')
    expect(ids(plan.body)).toEqual([
      'guoqing-new-energy',
      'jinyao-inhaler-project',
      'lishen-10gwh-expansion',
      'wuxi-apptec-north-base',
    ])
    const park = await getJson(app, '/api/sites?park=teda')
    expect(ids(park.body)).toEqual([
      'vestas-wind-tianjin',
      'wuxi-apptec-north-base',
      'zf-gearbox-expansion',
    ])
  })

  it('keeps only sites inside a bbox (edges inclusive)', async () => {
    const { body } = await getJson(app, '/api/sites?bbox=117.7,39.04,117.72,39.06')
    expect(ids(body)).toEqual([
      'vestas-wind-tianjin',
      'wuxi-apptec-north-base',
      'zf-gearbox-expansion',
    ])
  })

  it('searches zh and en names case-insensitively by substring', async () => {
    expect(ids((await getJson(app, '/api/sites?q=LISHEN')).body)).toEqual([
      'lishen-10gwh-expansion',
      'tianjin-lishen-battery',
    ])
    const zh = await getJson(app, `/api/sites?q=${encodeURIComponent('南开')}`)
    expect(ids(zh.body)).toEqual(['nankai-university'])
  })

  it('pages with limit and offset while total counts every match', async () => {
    const all = ids((await getJson(app, '/api/sites')).body)
    const { body } = await getJson(app, '/api/sites?limit=3&offset=2')
    expect(ids(body)).toEqual(all.slice(2, 5))
    expect(body.total).toBe(all.length)
  })

  it('rejects unknown sector, chain, link and district ids with what is allowed', async () => {
    const sector = expectApiError((await getJson(app, '/api/sites?sector=solar')).body, 400)
    expect(sector).toMatchObject({ parameter: 'sector', value: 'solar' })
    expect(sector.allowed).toContain('wind')
    const link = expectApiError((await getJson(app, '/api/sites?link=wind/blades')).body, 400)
    expect(link).toMatchObject({ parameter: 'link', value: 'wind/blades' })
    const district = expectApiError((await getJson(app, '/api/sites?district=120199')).body, 400)
    expect(district.allowed).toHaveLength(16)
  })
})

describe('GET /api/parks, /api/districts, /api/infrastructure', () => {
  it('lists parks with the same place filters', async () => {
    const { body } = await getJson(app, '/api/parks?sector=li-battery&district=120115')
    expect(ids(body)).toEqual(['baodi-li-battery-base'])
    expect(body.features[0].geometry.type).toBe('Point')
  })

  it('keeps parks whose outline or point lies in the bbox', async () => {
    const { body } = await getJson(app, '/api/parks?bbox=117.69,39.03,117.73,39.07')
    expect(ids(body)).toEqual(['teda'])
  })

  it('rejects a site-only filter on parks as an unknown parameter', async () => {
    const error = expectApiError((await getJson(app, '/api/parks?status=planned')).body, 400)
    expect(error).toMatchObject({ code: 'unknown_parameter', parameter: 'status' })
    expect(error.allowed).toContain('sector')
  })

  it('lists the 16 districts by code and searches their names', async () => {
    const all = await getJson(app, '/api/districts')
    expect(all.body.total).toBe(16)
    const codes = all.body.features.map((f: { properties: { code: string } }) => f.properties.code)
    expect(codes).toEqual([...codes].sort())
    const binhai = await getJson(app, '/api/districts?q=binhai')
    expect(binhai.body.features[0].properties.code).toBe('120116')
  })

  it('lists infrastructure by kind, district and bbox', async () => {
    const rail = await getJson(app, '/api/infrastructure?kind=rail-station')
    expect(rail.body.total).toBe(4)
    const binhai = await getJson(app, '/api/infrastructure?district=120116&kind=port-area')
    expect(ids(binhai.body)).toEqual(['beijiang-port-area'])
    const box = await getJson(app, '/api/infrastructure?bbox=117.3,39.1,117.4,39.2')
    expect(ids(box.body)).toEqual(['tianjin-binhai-international-airport'])
  })
})
