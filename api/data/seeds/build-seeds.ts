/**
 * Rebuilds the normalised seed texts, `seeds/normalised/REPAIRS.md` and
 * `seeds/extracted/clauses.json` from the originals in `seeds/` (which it never writes).
 * Usage: `npx tsx api/data/seeds/build-seeds.ts [--index .work/clause-index.txt]`
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSeedOutputs, renderClauseIndex } from './seed-outputs.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

const outputs = buildSeedOutputs((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'))
for (const [path, content] of outputs.files) {
  const target = join(ROOT, path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, content)
  console.log(`wrote ${path}`)
}
const indexAt = process.argv.indexOf('--index')
const indexPath = indexAt === -1 ? undefined : process.argv[indexAt + 1]
if (indexPath) {
  writeFileSync(resolve(ROOT, indexPath), renderClauseIndex(outputs))
  console.log(`wrote ${indexPath}`)
}
console.log(`${outputs.clauses.length} clauses`)
