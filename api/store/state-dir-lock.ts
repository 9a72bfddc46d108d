import { unlinkSync } from 'node:fs'
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { StoreBusyError } from './store-errors.ts'

/**
 * Takes `<dataDir>.lock` (holding this process id) so that only one process opens an embedded
 * database folder at a time; PGlite itself does not lock and two writers would corrupt it. A
 * lock left by a process that no longer runs is taken over. Returns the release function (also
 * run on process exit).
 */
export async function lockStateDir(dataDir: string): Promise<() => void> {
  const lockFile = `${dataDir}.lock`
  await mkdir(dataDir, { recursive: true })
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' })
      return releaser(lockFile)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim())
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new StoreBusyError(
          `the embedded database in ${dataDir} is already open (process ${holder}: the server?); stop it first, or use DATABASE_URL for a PostgreSQL that several processes can share`,
        )
      }
      await unlink(lockFile).catch(() => {})
    }
  }
  throw new StoreBusyError(`could not lock ${lockFile}`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function releaser(lockFile: string): () => void {
  let released = false
  const release = () => {
    if (released) return
    released = true
    process.off('exit', release)
    try {
      unlinkSync(lockFile)
    } catch {
      // already gone: nothing to release
    }
  }
  process.on('exit', release)
  return release
}
