import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { districtPoint } from '../../api/analysis/district-point.ts'
import type { DistrictFeature } from '../../api/domain/index.ts'
import { type SyntheticDataDir, syntheticDataDir } from '../support/synthetic-data-dir.ts'
import { launchBrowser } from './browser.ts'
import { MapAppDriver } from './driver.ts'
import { type RunningServer, startServer } from './server.ts'

/** The scale the product promises: a million sites (issue 13), generated once for this file. */
const SITES = Number(process.env.MILLION_SITES_TEST_SITES ?? 1_000_000)

let data: SyntheticDataDir | undefined
let server: RunningServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  data = await syntheticDataDir(SITES)
  server = await startServer({ DATA_DIR: data.dir }, 240_000)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await data?.remove()
})

async function getJson(path: string): Promise<unknown> {
  if (!server) throw new Error('server not started')
  const response = await fetch(`${server.baseUrl}${path}`)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return response.json()
}

type SiteCounts = {
  by_sector: { sector: string; exact: number; approximate: number; district: number }[]
  district_level: { district_code: string; sector: string; sites: number }[]
}

type Listed = {
  properties: { id: string; name_en: string; location_precision: string; synthetic?: boolean }
}

/** The first exact synthetic site by id (on the first page of the list). */
async function firstExactSyntheticSite(): Promise<Listed['properties']> {
  const { features } = (await getJson('/api/sites?limit=200')) as { features: Listed[] }
  const site = features
    .map((f) => f.properties)
    .find((p) => p.synthetic && p.location_precision === 'exact')
  if (!site) throw new Error('no exact synthetic site on the first page')
  return site
}

/**
 * The sites the tile layers draw: each drawn cluster's size once, plus single sites once; or,
 * given a primary `sector`, only that sector's sites of each.
 */
async function tiledSitesDrawn(driver: MapAppDriver, sector?: string): Promise<number> {
  const drawn = new Map<string, number>()
  for (const f of await driver.renderedFeatures(['sites-cluster', 'sites-circle'])) {
    const p = f.properties
    const size = Number(p.point_count ?? 0)
    if (size > 0) {
      drawn.set(`cluster:${p.cluster_id}`, sector ? Number(p[`sites:${sector}`] ?? 0) : size)
    } else drawn.set(`site:${p.id}`, !sector || p.sector === sector ? 1 : 0)
  }
  return [...drawn.values()].reduce((sum, n) => sum + n, 0)
}

/** A sector without sub-sectors that has exact sites (its switch concerns its own sites only). */
async function leafSector(counts: SiteCounts): Promise<SiteCounts['by_sector'][number]> {
  const { sectors } = (await getJson('/api/sectors')) as {
    sectors: { id: string; parent_id: string | null }[]
  }
  const leaf = counts.by_sector.find(
    (row) => row.exact > 0 && !sectors.some((s) => s.parent_id === row.sector),
  )
  if (!leaf) throw new Error('no sector without sub-sectors has sites')
  return leaf
}

async function open(): Promise<MapAppDriver> {
  if (!browser || !server) throw new Error('browser or server not started')
  return MapAppDriver.create(browser, server.baseUrl)
}

describe('the map with a million sites', () => {
  it('reaches data-ready drawing the sites from vector tiles, never loading the list', async () => {
    const driver = await open()
    const requests: string[] = []
    driver.page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    try {
      await driver.openApp()
      expect(requests.some((path) => path.startsWith('/api/tiles/sites/'))).toBe(true)
      expect(requests).not.toContain('/api/sites')
      const clusters = await driver.renderedFeatures(['sites-cluster'])
      const drawn = clusters.reduce((sum, f) => sum + Number(f.properties.point_count ?? 0), 0)
      expect(drawn).toBeGreaterThan(SITES / 2) // ~80 % are located; the rest counted per district
    } finally {
      await driver.close()
    }
  })

  it('shows the server’s site counts in the layer panel and on the district badges', async () => {
    const counts = (await getJson('/api/stats/sites')) as SiteCounts
    // a sector without sub-sectors: its row counts its own sites only
    const leaf = await leafSector(counts)
    const driver = await open()
    try {
      await driver.openApp()
      await expect(driver.sectorCount(leaf.sector)).resolves.toBe(
        leaf.exact + leaf.approximate + leaf.district,
      )
      const badges = await driver.renderedFeatures(['district-level-badge'])
      expect(badges.length).toBeGreaterThan(0)
      for (const badge of badges) {
        const code = String(badge.properties.code)
        const sites = counts.district_level
          .filter((cell) => cell.district_code === code)
          .reduce((sum, cell) => sum + cell.sites, 0)
        expect(Number(badge.properties.unlisted), code).toBe(sites)
        expect(Number(badge.properties.count)).toBeGreaterThanOrEqual(sites)
      }
    } finally {
      await driver.close()
    }
  })

  it('leaves switched-off sectors out of the tiled map, clusters included', async () => {
    const leaf = await leafSector((await getJson('/api/stats/sites')) as SiteCounts)
    const layers = ['sites-cluster', 'sites-circle', 'sites-cluster-count']
    const driver = await open()
    try {
      await driver.openApp()
      await driver.page.getByTestId('sectors-show-none').click()
      await expect.poll(async () => (await driver.renderedFeatures(layers)).length).toBe(0)
      await driver.toggleSector(leaf.sector)
      await expect
        .poll(async () => (await driver.renderedFeatures(layers)).length)
        .toBeGreaterThan(0)
      // what is drawn now holds sites of that sector only: each cluster has some, each site is one
      for (const f of await driver.renderedFeatures(layers)) {
        if (f.properties.cluster) {
          expect(Number(f.properties[`sites:${leaf.sector}`] ?? 0), f.layer).toBeGreaterThan(0)
        } else expect(f.properties.sector).toBe(leaf.sector)
      }
    } finally {
      await driver.close()
    }
  })

  it('draws only the sites of a status once it is filtered by, clusters included', async () => {
    const counts = (await getJson('/api/stats/sites?status=planned')) as SiteCounts
    const located = counts.by_sector.reduce((sum, row) => sum + row.exact + row.approximate, 0)
    const driver = await open()
    const tileQueries: string[] = []
    driver.page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/tiles/sites/')) tileQueries.push(url.search)
    })
    try {
      await driver.openApp()
      const before = await tiledSitesDrawn(driver)
      await driver.page.getByTestId('filter-status').selectOption('planned')
      // the map asks for the planned sites' own tiles, and draws exactly them (whole area in view)
      await expect.poll(() => tiledSitesDrawn(driver), { timeout: 60_000 }).toBe(located)
      expect(located).toBeLessThan(before / 2)
      expect(tileQueries).toContain('?status=planned')
      // "Any" again: the unfiltered tiles, every located site
      await driver.page.getByTestId('filter-status').selectOption('')
      await expect.poll(() => tiledSitesDrawn(driver), { timeout: 60_000 }).toBe(before)
    } finally {
      await driver.close()
    }
  })

  it('opens a link with a status filter on its tiles, the sector switches working on top', async () => {
    const leaf = await leafSector((await getJson('/api/stats/sites?status=planned')) as SiteCounts)
    const driver = await open()
    const tileQueries = new Set<string>()
    driver.page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/tiles/sites/')) tileQueries.add(url.search)
    })
    try {
      // a link with the filter: the map asks for the filtered tiles from the start
      await driver.openApp('?status=planned')
      expect([...tileQueries]).toEqual(['?status=planned'])
      await driver.page.getByTestId('sectors-show-none').click()
      await driver.toggleSector(leaf.sector)
      // the planned sites of that sector, all of them, and no single site of another sector
      await expect
        .poll(() => tiledSitesDrawn(driver, leaf.sector), { timeout: 60_000 })
        .toBe(leaf.exact + leaf.approximate)
      for (const f of await driver.renderedFeatures(['sites-circle'])) {
        expect(f.properties.sector).toBe(leaf.sector)
      }
    } finally {
      await driver.close()
    }
  })

  it('says in the embed’s list view that it lists the parks and how many sites the map shows', async () => {
    const { total } = (await getJson('/api/stats/sites')) as { total: number }
    const driver = await open()
    try {
      await driver.page.goto(`${server?.baseUrl}/embed?lang=en&view=list`)
      const summary = driver.page.getByTestId('embed-list-summary')
      await expect
        .poll(() => summary.textContent(), { timeout: 60_000 })
        .toContain(`${total} sites`)
      await expect(summary.textContent()).resolves.toContain('too many to list')
      await expect(
        driver.page.getByTestId('embed-list-item').first().getAttribute('data-place'),
      ).resolves.toMatch(/^park:/)
    } finally {
      await driver.close()
    }
  })

  it('finds a site by its name through the server and selects it', async () => {
    const site = await firstExactSyntheticSite()
    const driver = await open()
    try {
      await driver.openApp()
      await driver.page.getByTestId('search-input').fill(site.name_en)
      const result = `[data-testid="search-result"][data-place="site:${site.id}"]`
      // the server builds its name index in the background after start (seconds for a million)
      await driver.page.locator(result).waitFor({ timeout: 60_000 })
      await driver.chooseSearchResult(`site:${site.id}`)
      await driver.page.locator(`[data-testid="details-panel"][data-id="${site.id}"]`).waitFor()
    } finally {
      await driver.close()
    }
  })

  it('opens the details of a site clicked on a tile (fetched by its id)', async () => {
    const site = await firstExactSyntheticSite()
    const driver = await open()
    try {
      // zoom 16: a million sites stand ~50 px apart there, so the click hits this one
      await driver.openSite(site.id, '', 16)
      await expect(driver.details().getAttribute('data-id')).resolves.toBe(site.id)
    } finally {
      await driver.close()
    }
  })

  it('lists a district badge’s sites from the server a page at a time, and opens the one chosen', async () => {
    const counts = (await getJson('/api/stats/sites')) as SiteCounts
    const byDistrict = new Map<string, number>()
    for (const cell of counts.district_level)
      byDistrict.set(cell.district_code, (byDistrict.get(cell.district_code) ?? 0) + cell.sites)
    const [code, sites] = [...byDistrict].sort((a, b) => b[1] - a[1])[0] ?? []
    if (!code || !sites || sites <= 50)
      throw new Error('no district with over 50 district-level sites')
    const { features } = (await getJson('/api/districts')) as { features: DistrictFeature[] }
    const district = features.find((d) => d.properties.code === code)
    if (!district) throw new Error(`no district ${code}`)
    const [lng, lat] = districtPoint(district)
    const driver = await open()
    try {
      await driver.openApp(`?lang=en&c=${lng},${lat}&z=10`)
      const at = await driver.pagePoint([lng, lat])
      await driver.page.mouse.click(at.x, at.y)
      const list = driver.page.locator(`[data-testid="pick-list"][data-district="${code}"]`)
      const items = list.getByTestId('pick-sites').getByTestId('pick-item')
      await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(50)
      const more = list.getByTestId('pick-sites-more')
      await expect(more.textContent()).resolves.toContain(`(${sites - 50} not shown yet)`)
      await more.click()
      await expect.poll(() => items.count()).toBe(Math.min(100, sites))
      const chosen = (await items.nth(60).getAttribute('data-place')) ?? ''
      expect(chosen).toMatch(/^site:/)
      await items.nth(60).click()
      const id = chosen.slice('site:'.length)
      await driver.page.locator(`[data-testid="details-panel"][data-id="${id}"]`).waitFor()
    } finally {
      await driver.close()
    }
  })
})
