import { checkDataset } from '../check-dataset.ts'
import { formatIssue } from '../format-issue.ts'
import { loadDataset } from '../load-dataset.ts'
import { REPO_ROOT } from './geojson-file.ts'

/**
 * Runs a geodata editing script: `edit` rewrites its files and prints what it did, then
 * `check:data` runs on the result and prints its issues. Exit code 1 when there are issues or
 * the edit throws (its message printed after `name`).
 *
 * @example editThenCheck('place-sites', () => writeSites())
 */
export function editThenCheck(name: string, edit: () => void | Promise<void>): void {
  const run = async () => {
    await edit()
    const issues = checkDataset(await loadDataset(REPO_ROOT))
    for (const issue of issues) console.error(formatIssue(issue))
    return issues.length === 0 ? 0 : 1
  }
  run().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    },
  )
}
