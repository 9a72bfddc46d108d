import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DataError } from '../../api/data/data-error.ts'
import { streamFeatures } from '../../api/data/stream-features.ts'

const dir = await mkdtemp(join(tmpdir(), 'stream-features-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

async function stream(text: string) {
  await writeFile(join(dir, 'f.geojson'), text)
  const features: unknown[] = []
  const { skeleton } = await streamFeatures(dir, 'f.geojson', {}, (f) => features.push(f))
  return { features, skeleton }
}

describe('streamFeatures', () => {
  it('hands over each feature as JSON.parse would read it, across 4 MB chunk boundaries', async () => {
    // strings with escaped quotes, backslashes, brackets and non-ASCII, long enough to span chunks
    const features = Array.from({ length: 3000 }, (_, i) => ({
      type: 'Feature',
      id: `f-${i}`,
      geometry: { type: 'Point', coordinates: [117 + i / 1e4, 39] },
      properties: {
        text: `"天津" \\ {[,]} ${'x'.repeat(i % 3000)}\\`,
        odd: 'one " quote ], {',
        n: [i, { deep: [i] }],
      },
    }))
    const collection = { type: 'FeatureCollection', name: 'sites', features, bbox: [1, 2, 3, 4] }
    const { features: read, skeleton } = await stream(JSON.stringify(collection, null, 1))
    expect(read).toEqual(features)
    expect(skeleton).toEqual({ ...collection, features: [] })
  })

  it('passes non-object elements on for the schema to reject, and keeps an empty array empty', async () => {
    expect(
      (await stream('{"type":"FeatureCollection","features":[1, null, "a,b"]}')).features,
    ).toEqual([1, null, 'a,b'])
    expect((await stream('{"features":[],"type":"FeatureCollection"}')).features).toEqual([])
  })

  it('names the file and the feature when the JSON is broken', async () => {
    await expect(
      stream('{"type":"FeatureCollection","features":[{"a":1},{"a":}]}'),
    ).rejects.toThrow(/f\.geojson: invalid JSON in feature #1/)
    await expect(stream('{"type":"FeatureCollection","features":[{"a":1}]')).rejects.toThrow(
      DataError,
    )
  })
})
