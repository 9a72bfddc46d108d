import { resolve } from 'node:path'
import { DataError } from '../data/data-error.ts'
import type { Dataset } from '../data/dataset.ts'
import { loadDataset } from '../data/load-dataset.ts'

/** The data folder the CLIs read: `DATA_DIR`, else the current folder (the repo root). */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR ?? process.cwd())
}

/** Loads the shipped dataset, or prints why it cannot (file, feature, field) and returns null. */
export async function loadDataOrSay(tool: string, dataDir: string): Promise<Dataset | null> {
  try {
    return await loadDataset(dataDir)
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    console.error(`${tool}: cannot load the data in ${dataDir}:`)
    for (const problem of error.problems) console.error(problem)
    return null
  }
}
