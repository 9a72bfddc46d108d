import { describe, expect, it } from 'vitest'
import { CurationDriver } from './curation-driver.ts'
import { setupCurationApp } from './curation-setup.ts'
import { JOURNEY_MS } from './e2e-setup.ts'

/** A park known only to its district (no geometry), with no sites of its own. */
const PARK = 'xiqing-nev-special-vehicle-base'
const ADMIN = { name: 'admin', password: 'outline journey password' }

const app = setupCurationApp(ADMIN)

interface ParkBody {
  feature: {
    geometry: { type: string; coordinates: [number, number][][] } | null
    properties: { extent: string; location_precision: string }
  }
}

async function park(): Promise<ParkBody['feature']> {
  const res = await fetch(`${app.baseUrl}/api/parks/${PARK}`)
  return ((await res.json()) as ParkBody).feature
}

describe('drawing a park outline in the browser', { timeout: JOURNEY_MS * 2 }, () => {
  it('draws an outline for a park whose extent is not known, saves it, shows it, reverts it', async () => {
    expect((await park()).geometry).toBeNull()
    const editor = new CurationDriver(await app.open())
    await editor.map.openApp(`?sel=park:${PARK}`)
    await editor.map.page.locator(`[data-testid="details-panel"][data-id="${PARK}"]`).waitFor()
    await editor.map.waitForStillMap()
    await editor.signIn(ADMIN.name, ADMIN.password)
    await editor.editSelectedPlace()

    const box = await editor.page.getByTestId('map').boundingBox()
    if (!box) throw new Error('no map')
    // a small square around the middle of the map, which frames the park's district
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const d = 40
    await editor.drawOutline([
      { x: mid.x - d, y: mid.y - d },
      { x: mid.x + d, y: mid.y - d },
      { x: mid.x + d, y: mid.y + d },
    ])
    await editor.page.getByTestId('edit-precision').selectOption('approximate')
    await editor.save('Journey test: the base on the district plan of 2024.', 'Outline drawn')

    const drawn = await park()
    expect(drawn.geometry?.type).toBe('Polygon')
    expect(drawn.properties.extent).toBe('outline')
    expect(drawn.properties.location_precision).toBe('approximate')
    const ring = drawn.geometry?.coordinates[0] ?? []
    expect(ring.length).toBe(4) // three corners, closed
    const centre: [number, number] = [
      ring.slice(0, 3).reduce((sum, p) => sum + p[0], 0) / 3,
      ring.slice(0, 3).reduce((sum, p) => sum + p[1], 0) / 3,
    ]
    await expect.poll(() => editor.drawsParkOutlineAt(PARK, centre), { timeout: 30_000 }).toBe(true)

    const history = editor.page.getByTestId('history-entry')
    await expect.poll(() => history.count()).toBe(1)
    expect(await history.first().textContent()).toContain('Outline drawn')
    await history.first().getByTestId('history-revert').click()
    await expect.poll(async () => (await park()).geometry, { timeout: 10_000 }).toBeNull()
    expect((await park()).properties.extent).toBe('unknown')
    expect(editor.map.errors).toEqual([])
  })
})
