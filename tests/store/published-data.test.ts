import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPlacePolicy } from '../../api/curation/create-place-policy.ts'
import { issueKeys } from '../../api/curation/place-problems.ts'
import { type PublishedSnapshot, trackPublishedData } from '../../api/curation/published-data.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import type { SiteFeature } from '../../api/domain/index.ts'
import { openStore } from '../../api/store/open-store.ts'
import type { Store } from '../../api/store/store.ts'
import { freshPostgresUrl } from './test-stores.ts'

const REPO_ROOT = new URL('../../', import.meta.url).pathname
const NANKAI = 'nankai-university'

describe('published data on two API instances sharing a PostgreSQL', () => {
  let dataset: Dataset
  let a: Store
  let b: Store
  beforeAll(async () => {
    dataset = await loadDataset(REPO_ROOT)
    const places = createPlacePolicy(dataset, issueKeys(dataset))
    const databaseUrl = await freshPostgresUrl()
    a = await openStore({ databaseUrl }, { places })
    b = await openStore({ databaseUrl }, { places })
  })
  afterAll(async () => {
    await a.close()
    await b.close()
  })

  it("rebuilds B's published data with A's edit within 2 s", async () => {
    const updates: PublishedSnapshot[] = []
    const tracked = await trackPublishedData(dataset, b, (snapshot) => updates.push(snapshot))
    expect(tracked.snapshot().placeVersion('site', NANKAI)).toBe(0)
    const editor = (await a.createUser({ name: 'editor', role: 'editor', passwordHash: 'x' })).id
    const moved = structuredClone(
      dataset.sites.find((f) => f.properties.id === NANKAI) as SiteFeature,
    )
    moved.geometry.coordinates = [117.1701, 39.1055]
    const started = performance.now()
    const { dataVersion } = await a.applyEdit({
      kind: 'site',
      id: NANKAI,
      feature: moved,
      expectedVersion: 0,
      userId: editor,
      note: 'gate',
    })
    while (tracked.snapshot().dataVersion < dataVersion && performance.now() - started < 2000) {
      await new Promise((r) => setTimeout(r, 10))
    }
    const snapshot = tracked.snapshot()
    expect(snapshot.dataVersion).toBe(dataVersion)
    expect(snapshot.placeVersion('site', NANKAI)).toBe(1)
    expect(
      snapshot.dataset.sites.find((f) => f.properties.id === NANKAI)?.geometry.coordinates,
    ).toEqual([117.1701, 39.1055])
    expect(updates.map((u) => u.dataVersion)).toEqual([dataVersion])
    tracked.stop()
  })
})
