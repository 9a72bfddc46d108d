import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'
import { startPostgresCluster } from './postgres-cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's throw-away PostgreSQL. */
    postgresUrl: string
    /** An initialised, empty PGlite folder to copy (saves the ~8 s first open per file). */
    pgliteTemplate: string
    /** A temp folder for this run's files (database copies, exports), removed at the end. */
    storeRunDir: string
  }
}

/**
 * Once per store-test run: one PostgreSQL cluster (installed with apt-get when missing) and one
 * initialised PGlite folder, started in parallel; both removed at the end.
 */
export default async function setup(project: TestProject) {
  const runDir = mkdtempSync(join(tmpdir(), 'tianjin-store-run-'))
  const template = join(runDir, 'pglite-template')
  const [cluster] = await Promise.all([
    startPostgresCluster(),
    PGlite.create(template).then((db) => db.close()),
  ])
  project.provide('postgresUrl', cluster.url)
  project.provide('pgliteTemplate', template)
  project.provide('storeRunDir', runDir)
  return async () => {
    await cluster.stop()
    rmSync(runDir, { recursive: true, force: true })
  }
}
