import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { mappedCodePoints } from '../../scripts/font-subset/build-font-subset.ts'
import { codePointsOf, dataStrings, uiStrings } from '../../scripts/font-subset/subset-text.ts'
import {
  ensureFontSubset,
  SUBSET_DIR,
  SUBSET_WEIGHTS,
  subsetFile,
} from '../../scripts/font-subset/vite-font-subset.ts'

const ROOT = new URL('../../', import.meta.url).pathname
/** UI characters Noto Sans SC itself lacks (the brief's ✗ for a missing chain link): system fonts draw them. */
const NOT_IN_NOTO_SANS_SC = new Set(['✗'].map((c) => c.codePointAt(0)))

/** Characters of `points` the font at `weight` has no glyph for, as `X (U+hex)`. */
async function missingFrom(weight: 400 | 700, points: readonly number[]): Promise<string[]> {
  const font = readFileSync(join(ROOT, SUBSET_DIR, subsetFile(weight)))
  const mapped = await mappedCodePoints(font)
  return points
    .filter((p) => !mapped.has(p) && !NOT_IN_NOTO_SANS_SC.has(p))
    .map((p) => `${String.fromCodePoint(p)} (U+${p.toString(16)})`)
}

describe('the Noto Sans SC subset the map and page draw with', () => {
  // What `vite build` does first (a no-op when the subset is up to date).
  beforeAll(() => ensureFontSubset(ROOT, () => {}), 120_000)

  it('has a glyph for every character of the data the API serves, in both weights', async () => {
    const points = codePointsOf(await dataStrings(ROOT))
    expect(points.length).toBeGreaterThan(500)
    for (const weight of SUBSET_WEIGHTS) expect(await missingFrom(weight, points)).toEqual([])
  })

  it('has a glyph for every character of the UI strings, in both weights', async () => {
    const points = codePointsOf(uiStrings(join(ROOT, 'web')))
    expect(points).toContain('图'.codePointAt(0))
    for (const weight of SUBSET_WEIGHTS) expect(await missingFrom(weight, points)).toEqual([])
  })

  it('holds nothing else: far fewer glyphs than the full font', async () => {
    const data = codePointsOf([...(await dataStrings(ROOT)), ...uiStrings(join(ROOT, 'web'))])
    const font = readFileSync(join(ROOT, SUBSET_DIR, subsetFile(400)))
    const mapped = await mappedCodePoints(font)
    expect([...mapped].filter((p) => !data.includes(p))).toEqual([])
  })
})
