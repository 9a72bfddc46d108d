import { spawnSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { copyValidFixture, editJsonFile, VALID_FIXTURE_DIR } from './valid-fixture.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function runCheckData(dataDir: string) {
  const result = spawnSync('npx', ['tsx', 'api/data/check-data-cli.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const copies: string[] = []
afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('npm run check:data (api/data/check-data-cli.ts)', () => {
  it('exits 0 on the valid fixture and prints counts by kind', () => {
    const { code, stdout } = runCheckData(VALID_FIXTURE_DIR)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}districts +16$/m)
    expect(stdout).toMatch(/^ {2}chain links +3$/m)
    expect(stdout).toMatch(/^ {2}sites +2 {2}\(exact 1, approximate 0, district 1\)$/m)
    expect(stdout).toMatch(/^ {2}tours +1 {2}\(2 stops\)$/m)
    expect(stdout).toMatch(/✓ no issues/)
  })

  it('exits 1 and prints each issue as file · id · field: message [rule]', async () => {
    const dir = await copyValidFixture()
    copies.push(dir)
    await editJsonFile(dir, 'geodata/sites.geojson', (json) => {
      json.features[0].properties.district_code = '120110'
    })
    const { code, stderr } = runCheckData(dir)
    expect(code).toBe(1)
    expect(stderr).toContain(
      'geodata/sites.geojson · tianjin-lishen-battery · properties.district_code: point is not inside 120110 Fixture District 7: [117.31, 39.148] is in 120111 Fixture District 8 [in-claimed-district]\n',
    )
    expect(stderr).toMatch(/✗ 1 issue\(s\): in-claimed-district 1/)
  })

  it('exits 1 on a load error and prints the message naming file, feature and field', async () => {
    const dir = await copyValidFixture()
    copies.push(dir)
    await editJsonFile(dir, 'geodata/sites.geojson', (json) => {
      json.features[0].properties.location_precision = 'precise'
    })
    const { code, stderr } = runCheckData(dir)
    expect(code).toBe(1)
    expect(stderr).toContain(
      'geodata/sites.geojson: feature "tianjin-lishen-battery" (#0): properties.location_precision: expected one of exact|approximate|district, got "precise"\n',
    )
  })
})
