import { describe, expect, it, vi } from 'vitest'
import { BASEMAP_LAYERS, basemapFile } from '../../api/data/data-files.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { datasetVersion } from '../../api/routes/dataset-version.ts'

// Reads finish in an order set by the test: the basemap layers in reverse, or as declared.
const reading = vi.hoisted(() => ({ reverse: false }))
vi.mock('../../api/data/read-data-file.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api/data/read-data-file.ts')>()
  return {
    ...actual,
    readDataJson: async (...args: Parameters<typeof actual.readDataJson>) => {
      const at = BASEMAP_LAYERS.findIndex((layer) => basemapFile(layer) === args[1])
      if (at >= 0) {
        const rank = reading.reverse ? BASEMAP_LAYERS.length - at : at
        await new Promise((resolve) => setTimeout(resolve, 5 * rank))
      }
      return actual.readDataJson(...args)
    },
  }
})

describe('loadDataset, whatever order its reads finish in', () => {
  it('gives equal files an equal data version (replicas and caches must agree)', async () => {
    reading.reverse = false
    const declared = await loadDataset('.')
    reading.reverse = true
    const reversed = await loadDataset('.')
    expect(Object.keys(reversed.basemap)).toEqual(Object.keys(declared.basemap))
    expect(datasetVersion(reversed)).toBe(datasetVersion(declared))
  })
})
