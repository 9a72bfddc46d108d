import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** One versioned schema step: `migrations/<NNNN>_<name>.sql`, applied once, in order. */
export interface Migration {
  version: number
  name: string
  sql: string
  /** SHA-256 of the file, so an applied migration that was edited afterwards is noticed. */
  checksum: string
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/

/** The migrations shipped with this code, by ascending version (read once per call). */
export function shippedMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file)
      if (!match) throw new Error(`${dir}${file}: expected a name like 0001_users.sql`)
      const sql = readFileSync(`${dir}${file}`, 'utf8')
      const checksum = createHash('sha256').update(sql).digest('hex')
      return { version: Number(match[1]), name: match[2] as string, sql, checksum }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `${dir}: migration versions must run 1, 2, 3… without gaps; found ${m.version} at position ${i + 1}`,
      )
    }
  })
  return migrations
}
