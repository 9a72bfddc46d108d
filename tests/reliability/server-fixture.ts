import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createFixtureDataset } from '../api/fixtures/fixture-dataset.ts'
import { writeFixtureDataDir } from '../api/fixtures/write-data-dir.ts'
import { writeWebDir } from '../api/fixtures/write-web-dir.ts'
import { stopServers } from '../api/server-process.ts'

/**
 * A temp folder with the fixture data (`data/`) and a stand-in web build (`web/`);
 * `copyData(name)` makes a separate copy to break, `remove()` deletes it all.
 *
 * @example
 * const fx = await serverFixture()
 * startServer({ DATA_DIR: fx.dataDir, WEB_DIR: fx.webDir })
 */
export async function serverFixture() {
  const root = await mkdtemp(join(tmpdir(), 'tianjin-reliability-'))
  const dataDir = join(root, 'data')
  const webDir = join(root, 'web')
  await writeFixtureDataDir(dataDir, createFixtureDataset())
  await writeWebDir(webDir)
  return {
    dataDir,
    webDir,
    env: { DATA_DIR: dataDir, WEB_DIR: webDir },
    async copyData(name: string) {
      const dir = join(root, name)
      await cp(dataDir, dir, { recursive: true })
      return dir
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/**
 * `serverFixture()` made before the file's tests and removed after them (servers stopped
 * first); read `.current` inside a test.
 *
 * @example
 * const fixture = serverFixtureForFile()
 * it('…', () => startServer(fixture.current.env))
 */
export function serverFixtureForFile() {
  const holder = {} as { current: Awaited<ReturnType<typeof serverFixture>> }
  beforeAll(async () => {
    holder.current = await serverFixture()
  })
  afterAll(async () => {
    await stopServers()
    await holder.current?.remove()
  })
  return holder
}
