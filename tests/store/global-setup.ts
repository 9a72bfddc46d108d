import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensurePgliteTemplate } from '../support/pglite-template.ts'
import { startPostgresCluster } from './postgres-cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's throw-away PostgreSQL. */
    postgresUrl: string
    /** An initialised, empty PGlite folder to copy (saves the ~10 s first open per file). */
    pgliteTemplate: string
    /** A temp folder for this run's files (database copies, exports), removed at the end. */
    storeRunDir: string
  }
}

/**
 * Once per store-test run: one PostgreSQL cluster (installed with apt-get when missing),
 * removed at the end, and the shared initialised PGlite folder (`ensurePgliteTemplate`),
 * made in parallel when missing.
 */
export default async function setup(project: TestProject) {
  const runDir = mkdtempSync(join(tmpdir(), 'tianjin-store-run-'))
  const [cluster, template] = await Promise.all([startPostgresCluster(), ensurePgliteTemplate()])
  project.provide('postgresUrl', cluster.url)
  project.provide('pgliteTemplate', template)
  project.provide('storeRunDir', runDir)
  return async () => {
    await cluster.stop()
    rmSync(runDir, { recursive: true, force: true })
  }
}
