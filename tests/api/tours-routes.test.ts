import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { createTestApp, getJson } from './test-app.ts'

const { app } = createTestApp()

describe('GET /api/tours', () => {
  it('lists the tours with their bilingual titles and stops naming places', async () => {
    const { status, body } = await getJson(app, '/api/tours')
    expect(status).toBe(200)
    expect(body.tours.map((t: { id: string }) => t.id)).toEqual(['fixture-battery-tour'])
    const [tour] = body.tours
    expect(tour).toMatchObject({ title_zh: '锂电池基地', title_en: 'Battery bases' })
    expect(tour.stops.map((s: { place: unknown }) => s.place)).toEqual([
      { kind: 'park', id: 'baodi-li-battery-base' },
      { kind: 'site', id: 'tianjin-lishen-battery' },
    ])
  })

  it('serves the two tours of geodata/tours.json on the project data', async () => {
    const ds = await loadDataset(fileURLToPath(new URL('../../', import.meta.url)))
    const real = createApp(ds, { version: 'tours-test' })
    const { body } = await getJson(real, '/api/tours')
    expect(body.tours.map((t: { id: string; stops: unknown[] }) => [t.id, t.stops.length])).toEqual(
      [
        ['ne18-fields', 5],
        ['mfg21-chains', 10],
      ],
    )
  })
})
