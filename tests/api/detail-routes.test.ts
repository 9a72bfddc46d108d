import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app, ds } = createTestApp()

describe('GET /api/parks/:id', () => {
  it('returns the park with its clauses resolved to text and document title, and its sites', async () => {
    const { status, body } = await getJson(app, '/api/parks/teda')
    expect(status).toBe(200)
    expect(body.feature.properties.id).toBe('teda')
    expect(body.clauses.map((c: { id: string }) => c.id)).toEqual(['ne18-3.4.1'])
    expect(body.clauses[0].text_zh).toContain('在市开发区')
    expect(body.clauses[0].doc_title_en).toMatch(/New Energy/)
    expect(body.sites.map((s: { id: string }) => s.id)).toEqual([
      'vestas-wind-tianjin',
      'wuxi-apptec-north-base',
      'zf-gearbox-expansion',
    ])
    expect(body.district).toEqual({
      code: '120116',
      name_zh: '滨海新区',
      name_en: 'Binhai New Area',
    })
  })

  it('answers 404 in the error shape for an unknown park', async () => {
    const { status, body } = await getJson(app, '/api/parks/atlantis-industrial-park')
    expect(status).toBe(404)
    expect(expectApiError(body, 404)).toMatchObject({
      parameter: 'id',
      value: 'atlantis-industrial-park',
    })
  })

  it('answers 400 for an id that is not kebab-case', async () => {
    const error = expectApiError((await getJson(app, '/api/parks/TEDA')).body, 400)
    expect(error).toMatchObject({ parameter: 'id', value: 'TEDA' })
  })
})

describe('GET /api/sites/:id', () => {
  it('returns the site with clause texts from both plans, its park and district', async () => {
    const { body } = await getJson(app, '/api/sites/guoqing-new-energy')
    expect(body.clauses.map((c: { doc_id: string }) => c.doc_id)).toEqual(['ne18', 'mfg21'])
    expect(body.clauses[1].text_zh).toContain('国氢新能源')
    expect(body.park).toMatchObject({ id: 'binhai-hydrogen-vehicle-park', kind: 'park' })
    expect(body.district.code).toBe('120116')
  })

  it('gives park null for a site outside any park', async () => {
    const { body } = await getJson(app, '/api/sites/nankai-university')
    expect(body.park).toBeNull()
  })

  it('answers 404 for an unknown site', async () => {
    expect((await getJson(app, '/api/sites/no-such-site')).status).toBe(404)
  })
})

describe('GET /api/districts/:code', () => {
  it('returns the district with the parks and sites that claim it', async () => {
    const { body } = await getJson(app, '/api/districts/120118')
    expect(body.feature.properties.name_en).toBe('Jinghai District')
    expect(body.parks.map((p: { id: string }) => p.id)).toEqual(['jinghai-li-battery-base'])
    expect(body.sites.map((s: { id: string }) => s.id)).toEqual([
      'tianjin-dongaomembrane',
      'tianjin-jiewei-power',
    ])
  })

  it('answers 404 for a well-formed unknown code and 400 for a malformed one', async () => {
    expect(expectApiError((await getJson(app, '/api/districts/120199')).body, 404).parameter).toBe(
      'code',
    )
    expect(expectApiError((await getJson(app, '/api/districts/beijing')).body, 400).parameter).toBe(
      'code',
    )
  })
})

describe('GET /api/clauses/:id', () => {
  it('returns the clause text, its sub-clauses and the places citing it', async () => {
    const { body } = await getJson(app, '/api/clauses/ne18-2.2')
    const clause = ds.clauses.find((c) => c.id === 'ne18-2.2')
    expect(body.text_zh).toBe(ds.texts.ne18?.slice(clause?.start, clause?.end))
    expect(body.children).toEqual(['ne18-2.2.1', 'ne18-2.2.2', 'ne18-2.2.3', 'ne18-2.2.4'])
    const cited = await getJson(app, '/api/clauses/ne18-3.4.2')
    expect(cited.body.cited_by.parks.map((p: { id: string }) => p.id)).toEqual([
      'baodi-li-battery-base',
      'binhai-hi-tech-zone',
      'jinghai-li-battery-base',
    ])
  })

  it('resolves unnumbered paragraph ids like mfg21-2.2.p1', async () => {
    const { body } = await getJson(app, '/api/clauses/mfg21-2.2.p1')
    expect(body.text_zh).toMatch(/^生物医药产业。/)
    expect(body.cited_by.sites.map((s: { id: string }) => s.id)).toContain('jinyao-inhaler-project')
  })

  it('answers 404 for an unknown clause and 400 for a malformed id', async () => {
    expect((await getJson(app, '/api/clauses/ne18-9.9')).status).toBe(404)
    const error = expectApiError((await getJson(app, '/api/clauses/ne19-1')).body, 400)
    expect(error.allowed).toMatch(/clause id/)
  })
})
