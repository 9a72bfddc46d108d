import { openStore, storeLocationFromEnv } from '../store/open-store.ts'
import { StoreError } from '../store/store-errors.ts'
import { readSecret } from './read-secret.ts'
import { USERS_USAGE, usersCommand } from './users-command.ts'

/** Entry of `npm run users -- …` (see `USERS_USAGE`). */
async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help') {
    console.log(USERS_USAGE)
    return args.length === 0 ? 2 : 0
  }
  let store: Awaited<ReturnType<typeof openStore>>
  try {
    store = await openStore(storeLocationFromEnv())
  } catch (error) {
    if (!(error instanceof StoreError) && !(error instanceof Error)) throw error
    console.error(`users: cannot open the database: ${(error as Error).message}`)
    return 1
  }
  try {
    return await usersCommand(args, store, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readSecret,
    })
  } finally {
    await store.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
