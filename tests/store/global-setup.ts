import { cpSync, mkdtempSync, rmSync } from 'node:fs'
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
  }
}

/**
 * Once per store-test run: one PostgreSQL cluster (installed with apt-get when missing) and one
 * initialised PGlite folder, started in parallel; both removed at the end.
 */
export default async function setup(project: TestProject) {
  const templateRoot = mkdtempSync(join(tmpdir(), 'tianjin-pglite-'))
  const template = join(templateRoot, 'pglite')
  const [cluster] = await Promise.all([
    startPostgresCluster(),
    PGlite.create(template).then((db) => db.close()),
  ])
  project.provide('postgresUrl', cluster.url)
  project.provide('pgliteTemplate', template)
  return async () => {
    await cluster.stop()
    rmSync(templateRoot, { recursive: true, force: true })
  }
}

/** A fresh copy of the PGlite template in a new temp folder (a STATE_DIR-like parent). */
export function copyPgliteTemplate(template: string): string {
  const stateDir = mkdtempSync(join(tmpdir(), 'tianjin-state-'))
  cpSync(template, join(stateDir, 'pglite'), { recursive: true })
  return stateDir
}
