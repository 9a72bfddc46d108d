import { spawnSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDataset } from '../../api/data/check-dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { openStore } from '../../api/store/open-store.ts'
import type { Store } from '../../api/store/store.ts'
import { freshPostgresUrl, runTempDir } from './test-stores.ts'

const REPO_ROOT = new URL('../../', import.meta.url).pathname
const CSV_DIR = join(REPO_ROOT, 'tests/curation/fixtures/site-import/in')

describe('npm run data:import and data:export', () => {
  let store: Store
  let databaseUrl: string
  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl()
    store = await openStore({ databaseUrl })
    await store.createUser({ name: 'importer', role: 'editor', passwordHash: 'x' })
  })
  afterAll(() => store.close())

  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', `api/cli/${script}.ts`, ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: REPO_ROOT },
    })

  it('reports row problems on a dry run, exits 1 and writes nothing', async () => {
    const result = run('data-import-cli', [join(CSV_DIR, 'row-problems.csv'), '--dry-run'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('row 2 · lat: expected decimal degrees like 39.1, got "north"')
    expect(await store.dataVersion()).toBe(0)
  })

  it('imports a valid file as one change set, then exports data that passes check:data', async () => {
    const imported = run('data-import-cli', [
      join(CSV_DIR, 'valid-mixed-crs.csv'),
      '--as',
      'importer',
    ])
    expect([imported.status, imported.stderr]).toEqual([0, ''])
    expect(imported.stdout).toMatch(/imported 3 site\(s\) as change set 1 \(data version 1\)/)
    const [change] = await store.listChanges({ limit: 1 })
    expect(change).toMatchObject({
      action: 'import',
      user: 'importer',
      note: 'Import of valid-mixed-crs.csv (3 rows)',
    })

    const outDir = runTempDir('cli-export-')
    const exported = run('data-export-cli', [outDir])
    expect([exported.status, exported.stderr]).toEqual([0, ''])
    symlinkSync(join(REPO_ROOT, 'seeds'), join(outDir, 'seeds'))
    const dataset = await loadDataset(outDir)
    expect(checkDataset(dataset)).toEqual([])
    expect(dataset.sites.map((f) => f.properties.id)).toContain('test-battery-institute-nankai')
  })
})
