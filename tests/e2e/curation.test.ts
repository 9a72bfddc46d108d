import { describe, expect, it } from 'vitest'
import { gcj02Text } from '../../api/analysis/convert-crs.ts'
import { CurationDriver } from './curation-driver.ts'
import { setupCurationApp } from './curation-setup.ts'
import { JOURNEY_MS } from './e2e-setup.ts'

/** A site drawn on its own point (not stacked), precise enough to be dragged. */
const SITE = 'faw-toyota-tianjin-nev-plant'
const ADMIN = { name: 'admin', password: 'journey password 1' }

const app = setupCurationApp(ADMIN)

async function sitePosition(siteId: string): Promise<[number, number]> {
  const res = await fetch(`${app.baseUrl}/api/sites/${siteId}`)
  const { feature } = (await res.json()) as {
    feature: { geometry: { coordinates: [number, number] } }
  }
  return feature.geometry.coordinates
}

describe('curation in the browser', { timeout: JOURNEY_MS * 2 }, () => {
  it('signs in, drags a site, saves it with a source; another page shows it; an admin reverts it', async () => {
    const original = await sitePosition(SITE)
    const visitor = new CurationDriver(await app.open())
    await visitor.map.goToSite(SITE)
    expect(await visitor.drawsSiteAt(SITE, original)).toBe(true)

    const editor = new CurationDriver(await app.open())
    await editor.map.goToSite(SITE, `?sel=site:${SITE}`)
    // anyone may copy the position for Chinese map apps, converted to GCJ-02
    await editor.page.getByTestId('copy-gcj02').click()
    await expect
      .poll(() => editor.page.getByTestId('copy-gcj02-status').textContent())
      .toContain(gcj02Text(original))
    await editor.signIn(ADMIN.name, ADMIN.password)
    await editor.editSelectedPlace()
    await editor.drag(await editor.pixelOf(original), -80, 0)
    await editor.save('Journey test: the plant gate on a 2024 site plan.', 'Moved to the gate')

    const moved = await sitePosition(SITE)
    expect(moved[0]).toBeLessThan(original[0] - 0.001) // west, by a good part of the drag
    expect(moved[1]).toBeCloseTo(original[1], 3)
    // the visitor's page was open all along: it polls the data version and redraws
    await expect.poll(() => visitor.drawsSiteAt(SITE, moved), { timeout: 30_000 }).toBe(true)
    expect(await visitor.drawsSiteAt(SITE, original)).toBe(false)

    const history = editor.page.getByTestId('history-entry')
    await expect.poll(() => history.count()).toBe(1)
    expect(await history.first().textContent()).toContain('Moved to the gate')
    await history.first().getByTestId('history-revert').click()
    await expect.poll(() => sitePosition(SITE), { timeout: 10_000 }).toEqual(original)
    await expect.poll(() => visitor.drawsSiteAt(SITE, original), { timeout: 30_000 }).toBe(true)
    expect(editor.map.errors).toEqual([])
    expect(visitor.map.errors).toEqual([])
  })
})
