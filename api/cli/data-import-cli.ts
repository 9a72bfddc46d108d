import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { createPlacePolicy } from '../curation/create-place-policy.ts'
import { issueKeys } from '../curation/place-problems.ts'
import { formatImportReport } from '../curation/site-csv/format-import-report.ts'
import { planSiteImport } from '../curation/site-csv/plan-site-import.ts'
import { openStore, storeLocationFromEnv } from '../store/open-store.ts'
import { StoreError } from '../store/store-errors.ts'
import { parseOptions } from './cli-io.ts'
import { dataDirFromEnv, loadDataOrSay } from './load-checked-data.ts'

const USAGE = `usage: npm run data:import -- FILE.csv [--dry-run] [--as USER] [--note TEXT]
Checks every row (report by row and column); without --dry-run, imports all rows as one
change set by USER (an editor or admin), or nothing when any row has a problem.`

/** Entry of `npm run data:import`. Exit 0 imported (or clean dry run), 1 refused, 2 usage. */
async function main(args: string[]): Promise<number> {
  const { positional, options, problem } = parseOptions(args, ['dry-run', 'as', 'note'])
  const file = positional[0]
  const dryRun = options['dry-run'] === 'true'
  if (problem || positional.length !== 1 || !file || (!dryRun && !options.as)) {
    console.error(problem ? `data:import: ${problem}` : USAGE)
    if (problem) console.error(USAGE)
    return 2
  }
  const dataDir = dataDirFromEnv()
  const dataset = await loadDataOrSay('data:import', dataDir)
  if (!dataset) return 1
  const text = await readFile(file, 'utf8')
  const baseline = issueKeys(dataset)
  const store = await openStore(storeLocationFromEnv(), {
    places: createPlacePolicy(dataset, baseline),
  })
  try {
    const plan = planSiteImport(dataset, await store.currentEdits(), text, baseline)
    for (const line of formatImportReport(plan)) (plan.ok ? console.log : console.error)(line)
    if (!plan.ok) return 1
    if (dryRun) {
      console.log('dry run: nothing written')
      return 0
    }
    const user = await store.findUser(options.as as string)
    if (!user) {
      console.error(`data:import: no user ${options.as} (npm run users -- list)`)
      return 1
    }
    const note = options.note ?? `Import of ${basename(file)} (${plan.features.length} rows)`
    const result = await store.importChangeSet({
      kind: 'site',
      features: plan.features,
      userId: user.id,
      note,
    })
    console.log(
      `imported ${result.changes.length} site(s) as change set ${result.changeSetId} (data version ${result.dataVersion})`,
    )
    return 0
  } catch (error) {
    if (!(error instanceof StoreError)) throw error
    console.error(`data:import: ${error.message}`)
    return 1
  } finally {
    await store.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
