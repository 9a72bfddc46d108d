import { DATA_CHANNEL, readDataVersion } from './data-version.ts'
import type { SqlDriver } from './sql-driver.ts'

/** What `onChange` listeners receive: the data version the database now has. */
export interface DataChange {
  dataVersion: number
}

export type ChangeListener = (change: DataChange) => void

/**
 * Tells listeners when the places data changes, from this instance or another on the same
 * database: LISTEN on the data channel (PostgreSQL delivers other instances' NOTIFYs within
 * milliseconds; PGlite delivers its own in-process), plus a direct call after this instance's
 * own commits. Versions reported only increase: one arriving after a newer one is skipped
 * (the newer state includes it). After a reconnect the version is re-read, so a missed
 * NOTIFY is caught up.
 */
export function createChangeNotifier(driver: SqlDriver) {
  const listeners = new Set<ChangeListener>()
  let lastVersion = -1
  let subscription: Promise<() => Promise<void>> | null = null

  function publish(dataVersion: number): void {
    if (dataVersion <= lastVersion) return
    lastVersion = dataVersion
    for (const listener of listeners) {
      try {
        listener({ dataVersion })
      } catch (error) {
        console.error('store: an onChange listener threw:', error)
      }
    }
  }

  function catchUp(): void {
    readDataVersion(driver).then(publish, (error: unknown) =>
      console.error('store: could not read the data version:', error),
    )
  }

  return {
    publish,
    /** Calls `listener` on each new data version; returns the unsubscribe function. */
    async onChange(listener: ChangeListener): Promise<() => void> {
      listeners.add(listener)
      if (lastVersion < 0) lastVersion = await readDataVersion(driver)
      subscription ??= driver.listen(
        DATA_CHANNEL,
        (payload) => {
          const version = Number(payload)
          if (Number.isInteger(version)) publish(version)
          else catchUp()
        },
        catchUp,
      )
      await subscription
      return () => listeners.delete(listener)
    },
    async close(): Promise<void> {
      listeners.clear()
      const unlisten = await subscription
      subscription = null
      await unlisten?.().catch(() => {})
    },
  }
}
