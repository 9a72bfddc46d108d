import { resolve } from 'node:path'
import { checkDataset } from './check-dataset.ts'
import { DataError } from './data-error.ts'
import { datasetCounts, formatCounts } from './dataset-counts.ts'
import { formatIssue } from './format-issue.ts'
import { loadDataset } from './load-dataset.ts'

/**
 * `npm run check:data`: loads the dataset from `DATA_DIR` (default: the current folder, the
 * project root), runs every check, prints counts by kind and one line per issue
 * (`file · id · field: message [rule]`). Exits 1 on any issue or load error, else 0.
 */
async function main(): Promise<number> {
  const dataDir = resolve(process.env.DATA_DIR ?? process.cwd())
  const startedMs = performance.now()
  let dataset: Awaited<ReturnType<typeof loadDataset>>
  try {
    dataset = await loadDataset(dataDir)
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    console.error(`check:data: cannot load the dataset from ${dataDir}`)
    console.error(error.message)
    return 1
  }
  const loadedMs = performance.now()
  console.log(`check:data: ${dataDir}`)
  for (const line of formatCounts(datasetCounts(dataset))) console.log(line)
  const issues = checkDataset(dataset)
  const timing = `load ${Math.round(loadedMs - startedMs)} ms, checks ${Math.round(performance.now() - loadedMs)} ms`
  if (issues.length === 0) {
    console.log(`✓ no issues (${timing})`)
    return 0
  }
  for (const issue of issues) console.error(formatIssue(issue))
  const byRule = new Map<string, number>()
  for (const issue of issues) byRule.set(issue.rule, (byRule.get(issue.rule) ?? 0) + 1)
  const summary = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')
  console.error(`✗ ${issues.length} issue(s): ${summary} (${timing})`)
  return 1
}

process.exitCode = await main()
