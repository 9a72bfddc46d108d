import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A running `node --import tsx api/server.ts` and what it printed. */
export interface ServerProcess {
  child: ChildProcess
  output: () => string
  /** Resolves with the port once the server prints "listening on …". */
  listening: Promise<number>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

const running = new Set<ChildProcess>()

/** Stops every server `startServer` started that is still running (call in `afterAll`). */
export async function stopServers(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
  running.clear()
}

/**
 * Starts the real server process from the repo root with `env` added (PORT defaults to 0,
 * so the OS picks a free port).
 */
export function startServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let text = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const match = /listening on http:\/\/localhost:(\d+)/.exec(text)
      if (match) resolve(Number(match[1]))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    exited.then((code) => reject(new Error(`server exited with ${code}:\n${text}`)))
  })
  listening.catch(() => {})
  return { child, output: () => text, listening, exited }
}
