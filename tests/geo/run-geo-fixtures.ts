import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeGeoInput, type GeoInput } from './geo-input.ts'

const UPDATE = process.env.UPDATE_FIXTURES === '1'

/**
 * Runs `run` on every `tests/geo/<name>/in/*.geojson` and compares the result with
 * `out/<case>.geojson` (when the result is a FeatureCollection) or `out/<case>.json`.
 * `UPDATE_FIXTURES=1` writes the outputs instead, to be reviewed as a diff.
 */
export function runGeoFixtures(name: string, run: (input: GeoInput) => unknown): void {
  const dir = new URL(`./${name}/`, import.meta.url)
  const cases = readdirSync(new URL('in/', dir))
    .filter((f) => f.endsWith('.geojson'))
    .sort()
  describe(`${name} fixtures`, () => {
    it('has input cases', () => expect(cases.length).toBeGreaterThan(0))
    for (const file of cases) {
      const base = file.replace(/\.geojson$/, '')
      it(`matches the expected output of ${base}`, () => {
        const input = decodeGeoInput(JSON.parse(readFileSync(new URL(`in/${file}`, dir), 'utf8')))
        const actual = JSON.parse(JSON.stringify(run(input)))
        const ext = actual?.type === 'FeatureCollection' ? 'geojson' : 'json'
        const outFile = new URL(`out/${base}.${ext}`, dir)
        if (UPDATE) {
          mkdirSync(new URL('out/', dir), { recursive: true })
          writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`)
        }
        if (!existsSync(outFile))
          throw new Error(`missing ${outFile.pathname}; run with UPDATE_FIXTURES=1`)
        expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
      })
    }
  })
}
