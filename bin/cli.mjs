#!/usr/bin/env node
// Runs one of the project's command-line tools (`npm run users`, `data:import`, `data:export`, `data:synthetic`):
// from the TypeScript sources with tsx when it is installed (a development clone: always the
// current code), else from the server build in dist/server (production, after
// `npm prune --omit=dev`, and the Docker image, where tsx is gone).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const TOOLS = {
  users: 'users-cli',
  'data-import': 'data-import-cli',
  'data-export': 'data-export-cli',
  'data-synthetic': 'synthetic-data-cli',
}
const [tool = '', ...args] = process.argv.slice(2)
const file = TOOLS[tool]
if (!file) {
  console.error(`usage: node bin/cli.mjs ${Object.keys(TOOLS).join('|')} [arguments]`)
  process.exit(2)
}
// the tool reads its own arguments from process.argv.slice(2)
process.argv.splice(2, process.argv.length - 2, ...args)

const root = fileURLToPath(new URL('../', import.meta.url))
const compiled = `${root}dist/server/api/cli/${file}.js`
let tsx
try {
  tsx = await import('tsx/esm/api')
} catch {
  tsx = null
}
if (tsx) {
  tsx.register()
  await import(pathToFileURL(`${root}api/cli/${file}.ts`).href)
} else if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href)
} else {
  console.error(`${tool}: ${compiled} is missing; run npm run build first`)
  process.exit(1)
}
