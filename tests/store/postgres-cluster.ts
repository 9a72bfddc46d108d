import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { freePort } from '../support/free-port.ts'

/** A throw-away PostgreSQL on a free loopback port, for one test run. */
export interface PostgresCluster {
  /** Superuser URL of the `postgres` database. */
  url: string
  stop(): Promise<void>
}

const ENSURE_SCRIPT = new URL('./ensure-postgres.sh', import.meta.url).pathname

/**
 * Installs PostgreSQL when missing (`ensure-postgres.sh`), `initdb`s a cluster in a temp
 * folder and runs `postgres` on 127.0.0.1 at a free port, without durability (tests only).
 * As root, both run as the `postgres` system user (initdb refuses root). `stop()` shuts it down
 * and deletes the folder.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = execFileSync('bash', [ENSURE_SCRIPT], { encoding: 'utf8' }).trim().split('\n').at(-1)
  const runAs: { uid?: number; gid?: number } =
    process.getuid?.() === 0 ? systemUser('postgres') : {}
  const dir = mkdtempSync(join(tmpdir(), 'tianjin-pg-'))
  if (runAs.uid !== undefined && runAs.gid !== undefined) chownSync(dir, runAs.uid, runAs.gid)
  const data = join(dir, 'data')
  await run(
    `${bin}/initdb`,
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    runAs,
  )
  const port = await freePort()
  const server = spawn(
    `${bin}/postgres`,
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // If the test process ends without teardown (a crash), do not leave the server running.
  const killOnExit = () => server.kill('SIGKILL')
  process.once('exit', killOnExit)
  let log = ''
  server.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000)
  })
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  try {
    await waitUntilReady(url, server, () => log)
  } catch (error) {
    await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    async stop() {
      process.off('exit', killOnExit)
      await stopServer(server)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

function run(command: string, args: string[], runAs: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr}`)),
    )
  })
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`postgres exited ${server.exitCode}: ${log()}`)
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} })
    try {
      await sql`select 1`
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    } finally {
      await sql.end({ timeout: 1 })
    }
  }
  throw new Error(`postgres did not accept connections within 30 s: ${log()}`)
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 10_000)
    server.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    server.kill('SIGINT') // fast shutdown: ends client sessions, no waiting for them
  })
}
