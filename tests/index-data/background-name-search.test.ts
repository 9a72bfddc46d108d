import { setImmediate as afterPendingEvents } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { nameContains } from '../../api/domain/search-text.ts'
import { lazyNameSearch } from '../../api/index-data/lazy-name-search.ts'
import { NameSearchIndex } from '../../api/index-data/name-search-index.ts'

type Doc = { properties: { name_zh: string; name_en: string } }

/** Enough synthetic names that building them takes many 1 ms slices. */
const docs: Doc[] = Array.from({ length: 60_000 }, (_, i) => ({
  properties: { name_zh: `合成站点 ${i}`, name_en: `Synthetic site ${i}` },
}))
const scan = (q: string) => docs.filter((d) => nameContains(d.properties, q))

describe('building the name index in slices', () => {
  it('gives, slice by slice, the same answers as an index built at once', () => {
    const sliced = new NameSearchIndex(docs, { deferred: true })
    let slices = 0
    while (!sliced.buildFor(0)) slices += 1
    expect(slices).toBeGreaterThan(10)
    for (const q of ['site 1234', '站点 5', '7', 'synthetic'])
      expect(sliced.find(q), q).toEqual(new NameSearchIndex(docs).find(q))
  })

  it('completes a half-built index before answering a search', () => {
    const partial = new NameSearchIndex(docs, { deferred: true })
    partial.buildFor(0)
    expect(partial.built).toBe(false)
    expect(partial.find('site 59999')).toEqual(scan('site 59999'))
    expect(partial.built).toBe(true)
  })
})

describe('the background build of the name index', () => {
  it('lets other callbacks run between its slices and says it is building', async () => {
    const search = lazyNameSearch(docs)
    const done = search.buildInBackground(1)
    await afterPendingEvents() // this test's own callback runs while the build is under way
    expect(search.state()).toMatchObject({ built: false, building: true })
    await done
    expect(search.state()).toMatchObject({ built: true, building: false })
    expect(search.state().build_ms).toBeGreaterThan(0)
  })

  it('answers a search that comes during the build, which completes it', async () => {
    const search = lazyNameSearch(docs)
    const done = search.buildInBackground(1)
    await afterPendingEvents()
    expect(search.find('site 42')).toEqual(scan('site 42'))
    expect(search.state()).toMatchObject({ built: true, building: false })
    await done
  })

  it('stops when told to, leaving the rest to the first search', async () => {
    const search = lazyNameSearch(docs)
    const done = search.buildInBackground(1)
    search.stop()
    await done
    expect(search.state()).toMatchObject({ built: false, building: false })
    expect(search.find('site 7')).toEqual(scan('site 7'))
  })
})
