#!/usr/bin/env node
// The server half of `npm run build`: compiles the server and the command-line tools with tsc
// (tsconfig.server.json → dist/server, plain JavaScript) and copies the schema migrations
// (SQL files, which tsc does not emit) next to the compiled store.
import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.server.json'], {
  cwd: root,
  stdio: 'inherit',
})
if (result.status !== 0) process.exit(result.status ?? 1)
cpSync(`${root}api/store/migrations`, `${root}dist/server/api/store/migrations`, {
  recursive: true,
})
