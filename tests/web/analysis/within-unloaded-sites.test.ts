import { describe, expect, it } from 'vitest'
import type { WithinResult } from '../../../api/domain/index.ts'
import { placeLookup } from '../../../web/features/analysis/place-facts.ts'
import { withinViewModel } from '../../../web/features/analysis/within-view-model.ts'
import { createTestApp, getJson } from '../../api/test-app.ts'

const { app, ds } = createTestApp()

describe('the radius tab on a tiled map (no site list in the browser)', () => {
  it('says it cannot show the investment of sites it has no facts for, instead of "not stated"', async () => {
    const { body } = await getJson(app, '/api/analysis/within?lng=117.7&lat=39.03&radius_km=30')
    const result = body as WithinResult
    const listed = withinViewModel(result, placeLookup(ds.sites, ds.parks), [])
    const tiled = withinViewModel(result, placeLookup([], ds.parks), [])
    const withSites = tiled.summary.filter((s) => s.sites > 0)
    expect(withSites.length).toBeGreaterThan(0)
    for (const s of withSites) expect(s.investmentUnloaded, s.sector).toBe(s.sites)
    for (const s of listed.summary) expect(s.investmentUnloaded, s.sector).toBe(0)
    expect(listed.summary.some((s) => s.investmentKnown > 0)).toBe(true)
  })
})
