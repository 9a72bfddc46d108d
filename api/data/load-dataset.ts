import type { FeatureCollection } from 'geojson'
import type { z } from 'zod'
import {
  AliasSchema,
  ChainEquivalenceSchema,
  ChainSchema,
  ClauseSchema,
  DistrictFeatureSchema,
  InfrastructureFeatureSchema,
  ParkFeatureSchema,
  type PlanDocument,
  PlanDocumentSchema,
  ProjectBatchSchema,
  SectorSchema,
  SiteFeatureSchema,
  TargetSchema,
  TourSchema,
  UnplacedEntitySchema,
} from '../domain/index.ts'
import { BasemapFeatureSchema } from './basemap-schema.ts'
import { DataError } from './data-error.ts'
import {
  ALIASES_FILE,
  BASEMAP_LAYERS,
  basemapFile,
  EXTRACTED_FILES,
  GEODATA_FILES,
  normalisedFile,
  TOURS_FILE,
} from './data-files.ts'
import type { Dataset } from './dataset.ts'
import { fastSiteCheck, textPool } from './fast-site-check.ts'
import { parseFeatureFile, parseFeatures } from './parse-features.ts'
import { parseRecords } from './parse-records.ts'
import { type ReadOptions, readDataJson, readDataText } from './read-data-file.ts'

/**
 * Reads and validates the whole dataset under `dataDir` (the project root by default: a folder
 * with `seeds/` and `geodata/` inside): `seeds/extracted/*.json`, each document's
 * `seeds/normalised/<normalised_file>`, `geodata/*.geojson` and `geodata/tours.json`. Every file is read and checked
 * before failing, so one `DataError` lists every problem, one line each (file, record or
 * feature id, field, expectation). Cross-file consistency is `checkDataset`'s job.
 * `options.maxFileBytes` bounds each file (default 128 MB) but the sites, which are streamed
 * feature by feature (`streamFeatures`, bound by `maxStreamedFileBytes`, else `maxFileBytes`,
 * else 2 GB) and proved valid by `fastSiteCheck` where it can, so a million sites load in
 * seconds.
 */
export async function loadDataset(
  dataDir: string = process.cwd(),
  options: ReadOptions = {},
): Promise<Dataset> {
  const problems: string[] = []
  async function attempt<T>(load: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await load()
    } catch (error) {
      if (!(error instanceof DataError)) throw error
      problems.push(...error.problems)
      return fallback
    }
  }
  const records = <S extends z.ZodType>(file: string, schema: S) =>
    attempt(async () => parseRecords(file, await readDataJson(dataDir, file, options), schema), [])
  const features = <S extends z.ZodType>(file: string, schema: S) =>
    attempt(async () => parseFeatures(file, await readDataJson(dataDir, file, options), schema), [])

  const [
    documents,
    clauses,
    sectors,
    chains,
    targets,
    projectBatches,
    unplaced,
    tours,
    chainEquivalences,
    aliases,
  ] = await Promise.all([
    records(EXTRACTED_FILES.documents, PlanDocumentSchema),
    records(EXTRACTED_FILES.clauses, ClauseSchema),
    records(EXTRACTED_FILES.sectors, SectorSchema),
    records(EXTRACTED_FILES.chains, ChainSchema),
    records(EXTRACTED_FILES.targets, TargetSchema),
    records(EXTRACTED_FILES.projectBatches, ProjectBatchSchema),
    records(EXTRACTED_FILES.unplaced, UnplacedEntitySchema),
    records(TOURS_FILE, TourSchema),
    records(EXTRACTED_FILES.chainEquivalences, ChainEquivalenceSchema),
    records(ALIASES_FILE, AliasSchema),
  ])
  const [districts, parks, sites, infrastructure] = await Promise.all([
    features(GEODATA_FILES.districts, DistrictFeatureSchema),
    features(GEODATA_FILES.parks, ParkFeatureSchema),
    attempt(
      () =>
        parseFeatureFile(
          dataDir,
          GEODATA_FILES.sites,
          options,
          SiteFeatureSchema,
          fastSiteCheck(textPool()),
        ),
      [],
    ),
    features(GEODATA_FILES.infrastructure, InfrastructureFeatureSchema),
  ])
  const texts = await readInOrder(
    documents,
    (document: PlanDocument) => document.id,
    (document) =>
      attempt(
        () => readDataText(dataDir, normalisedFile(document.normalised_file), options),
        undefined,
      ),
  )
  const basemap = await readInOrder(
    BASEMAP_LAYERS,
    (layer) => layer,
    (layer) =>
      attempt(async () => {
        const json = await readDataJson(dataDir, basemapFile(layer), options)
        parseFeatures(basemapFile(layer), json, BasemapFeatureSchema)
        return json as FeatureCollection
      }, undefined),
  )
  if (problems.length > 0) throw new DataError(problems)
  return {
    documents,
    texts,
    clauses,
    sectors,
    chains,
    chainEquivalences,
    targets,
    projectBatches,
    unplaced,
    districts,
    parks,
    sites,
    infrastructure,
    tours,
    aliases,
    basemap,
  }
}

/**
 * `read` of every item in parallel, as a record by `key` in the items' order, not the order
 * the reads finish (the data version hashes the dataset, so equal files must give an equal
 * version on every load); a read that gives `undefined` (it failed) is left out.
 */
async function readInOrder<T, V>(
  items: readonly T[],
  key: (item: T) => string,
  read: (item: T) => Promise<V | undefined>,
): Promise<Record<string, V>> {
  const values = await Promise.all(items.map(read))
  const record: Record<string, V> = {}
  items.forEach((item, i) => {
    const value = values[i]
    if (value !== undefined) record[key(item)] = value
  })
  return record
}
