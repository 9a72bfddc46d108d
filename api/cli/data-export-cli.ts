import { resolve } from 'node:path'
import { exportGeodata } from '../curation/export-geodata.ts'
import { withEdits } from '../curation/with-edits.ts'
import { checkDataset } from '../data/check-dataset.ts'
import { formatIssue } from '../data/format-issue.ts'
import { openStore, storeLocationFromEnv } from '../store/open-store.ts'
import { dataDirFromEnv, loadDataOrSay } from './load-checked-data.ts'

const USAGE = `usage: npm run data:export -- DIR
Writes DIR/geodata/*.geojson: the shipped geodata (DATA_DIR, default here) with the edits in
the database (DATABASE_URL, else STATE_DIR) merged in, after checking them with check:data.`

/** Entry of `npm run data:export -- DIR`. Exit 0 written, 1 refused, 2 wrong usage. */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0]?.startsWith('-')) {
    console.error(USAGE)
    return 2
  }
  const outDir = resolve(args[0] as string)
  const dataDir = dataDirFromEnv()
  const dataset = await loadDataOrSay('data:export', dataDir)
  if (!dataset) return 1
  const store = await openStore(storeLocationFromEnv())
  try {
    const edits = await store.currentEdits()
    const issues = checkDataset(withEdits(dataset, edits))
    if (issues.length > 0) {
      console.error(
        `data:export: the data with the ${edits.length} edit(s) fails check:data; nothing written:`,
      )
      for (const issue of issues) console.error(formatIssue(issue))
      return 1
    }
    const summary = await exportGeodata(dataDir, outDir, edits)
    console.log(
      `data:export: wrote ${summary.files.length} files to ${outDir}/geodata (${summary.sites} sites, ${summary.parks} parks; ${edits.length} edited place(s) at data version ${await store.dataVersion()})`,
    )
    return 0
  } finally {
    await store.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
