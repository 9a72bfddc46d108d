import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freshStateDir } from '../support/pglite-template.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The server from its sources (no build needed). */
export const SOURCE_SERVER = [process.execPath, '--import', 'tsx', 'api/server.ts']

/** A running server process and what it printed. */
export interface ServerProcess {
  child: ChildProcess
  /** stdout and stderr as printed. */
  output: () => string
  /** stderr alone. */
  errors: () => string
  /** Resolves with the port once the server prints "listening on …". */
  listening: Promise<number>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

const running = new Set<ChildProcess>()

/** A fresh embedded database unless `env` names a database. */
function databaseEnv(env: Record<string, string>): Record<string, string> {
  return env.STATE_DIR || env.DATABASE_URL ? {} : { STATE_DIR: freshStateDir() }
}

/** Every process below `pid` (children, grandchildren …), from `ps`. */
export function descendants(pid: number): number[] {
  let out = ''
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
  } catch {
    return [] // ps exits 1 when there is none
  }
  const children = out
    .split('\n')
    .map(Number)
    .filter((n) => n > 0)
  return children.flatMap((child) => [child, ...descendants(child)])
}

/** Whether a process with this id is alive. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops every server `startServer` started that is still running (call in `afterAll`),
 * and any process left below it.
 */
export async function stopServers(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          const below = child.pid ? descendants(child.pid) : []
          const done = () => {
            for (const pid of below) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
            resolve()
          }
          if (child.exitCode !== null || child.signalCode !== null) return done()
          const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
          child.once('exit', () => {
            clearTimeout(force)
            done()
          })
          child.kill('SIGTERM')
        }),
    ),
  )
  running.clear()
}

/**
 * Starts a server process from the repo root with `env` added (PORT defaults to 0, so the OS
 * picks a free port; STATE_DIR to a fresh embedded database of its own): by default the
 * server from its sources, or `command` (e.g. `['npm', 'run', 'serve']`).
 */
export function startServer(
  env: Record<string, string>,
  command: readonly string[] = SOURCE_SERVER,
): ServerProcess {
  const [file = '', ...args] = command
  const child = spawn(file, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...databaseEnv(env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let text = ''
  let errors = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const match = /listening on http:\/\/localhost:(\d+)/.exec(text)
      if (match) resolve(Number(match[1]))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8')
      onData(chunk)
    })
    exited.then((code) => reject(new Error(`server exited with ${code}:\n${text}`)))
  })
  listening.catch(() => {})
  return { child, output: () => text, errors: () => errors, listening, exited }
}
