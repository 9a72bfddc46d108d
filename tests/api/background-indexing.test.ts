import { describe, expect, it } from 'vitest'
import { createApp, indexInBackground } from '../../api/app.ts'
import type { PublishedSnapshot } from '../../api/curation/published-data.ts'
import type { CurationPort } from '../../api/routes/curation/curation-port.ts'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'
import { getJson } from './test-app.ts'

/** An app over the fixture data whose published data the test replaces by hand. */
function appWithPublishing() {
  const ds = createFixtureDataset()
  let publish: (snapshot: PublishedSnapshot) => void = () => {}
  const published = {
    snapshot: () => null as unknown as PublishedSnapshot, // nothing edited yet: the shipped data
    subscribe(listener: (snapshot: PublishedSnapshot) => void) {
      publish = listener
      return () => {}
    },
  }
  const app = createApp(ds, {
    version: '0.0.0-test',
    curation: { published, port: {} as CurationPort }, // no writes in this test
  })
  const republish = () => publish({ dataVersion: 1, dataset: ds, placeVersion: () => 0 })
  return { app, republish }
}

async function indexState(app: ReturnType<typeof createApp>) {
  return (await getJson(app, '/api/health')).body.site_search_index
}

async function untilBuilt(app: ReturnType<typeof createApp>) {
  for (let i = 0; i < 200 && !(await indexState(app)).built; i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  return indexState(app)
}

describe('the site-name index built in the background', () => {
  it('is built once the server asks for it, without any search', async () => {
    const { app } = appWithPublishing()
    expect(await indexState(app)).toEqual({ built: false, building: false, build_ms: null })
    indexInBackground(app)
    expect(await untilBuilt(app)).toMatchObject({ built: true, building: false })
  })

  it('is built again for each newly published data version', async () => {
    const { app, republish } = appWithPublishing()
    indexInBackground(app)
    await untilBuilt(app)
    republish()
    expect((await getJson(app, '/api/health')).body.data_version).toMatch(/\.1$/)
    expect(await untilBuilt(app)).toMatchObject({ built: true })
  })

  it('leaves a published version to its first search when the server never asked', async () => {
    const { app, republish } = appWithPublishing()
    republish()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await indexState(app)).toMatchObject({ built: false, building: false })
  })
})
