import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkDataset } from '../../api/data/check-dataset.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { formatIssue } from '../../api/data/format-issue.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'

/**
 * A tiny valid dataset: an abridged excerpt of the 2018 plan (7 clauses), 3 sectors, 1 chain,
 * 1 target, 1 project batch, 1 unplaced entity, 16 districts drawn as a 4 × 4 grid of 0.04°
 * cells in central Tianjin (117.16–117.32 E, 39.08–39.24 N; codes 120101 … 120119 row by row
 * from the south-west), 2 parks (a point and an outline), 2 sites, 1 infrastructure point and 1 tour of 2 stops.
 */
export const VALID_FIXTURE_DIR = fileURLToPath(new URL('./fixtures/valid', import.meta.url))

let loaded: Promise<Dataset> | undefined

/** A fresh deep copy of the loaded valid fixture, free to mutate. */
export async function validDataset(): Promise<Dataset> {
  loaded ??= loadDataset(VALID_FIXTURE_DIR)
  return structuredClone(await loaded)
}

/** Copies the valid fixture folder to a new temp folder and returns its path. */
export async function copyValidFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'check-data-'))
  await cp(VALID_FIXTURE_DIR, dir, { recursive: true })
  return dir
}

/** Rewrites a JSON file of a fixture copy through `edit`. */
export async function editJsonFile(
  dir: string,
  file: string,
  // biome-ignore lint/suspicious/noExplicitAny: tests poke at raw fixture JSON freely
  edit: (json: any) => void,
): Promise<void> {
  const path = join(dir, file)
  const json = JSON.parse(await readFile(path, 'utf8'))
  edit(json)
  await writeFile(path, JSON.stringify(json))
}

/** The item `find` returns, or a thrown error naming what the fixture lacks. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixture lacks ${what}`)
  return value
}

/** Feature or record lookups by id in a dataset copy. */
export function fixtureParts(dataset: Dataset) {
  return {
    site: (id: string) =>
      must(
        dataset.sites.find((f) => f.properties.id === id),
        `site ${id}`,
      ),
    park: (id: string) =>
      must(
        dataset.parks.find((f) => f.properties.id === id),
        `park ${id}`,
      ),
    district: (code: string) =>
      must(
        dataset.districts.find((f) => f.properties.code === code),
        `district ${code}`,
      ),
    clause: (id: string) =>
      must(
        dataset.clauses.find((c) => c.id === id),
        `clause ${id}`,
      ),
    chain: (id: string) =>
      must(
        dataset.chains.find((c) => c.id === id),
        `chain ${id}`,
      ),
    target: () => must(dataset.targets[0], 'a target'),
    batch: () => must(dataset.projectBatches[0], 'a project batch'),
    infrastructure: () => must(dataset.infrastructure[0], 'an infrastructure feature'),
    tourStop: (n: number) => must(dataset.tours[0]?.stops[n], `stop ${n} of the fixture tour`),
  }
}

/**
 * The issues `check:data` finds in a dataset, each as the one line the CLI prints
 * (`file · id · field: message [rule]`): what fixture tests compare.
 */
export function checkLines(dataset: Dataset): string[] {
  return checkDataset(dataset).map(formatIssue)
}
