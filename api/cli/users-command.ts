import { hashPassword, passwordProblem } from '../auth/password.ts'
import { userNameProblem } from '../auth/user-name.ts'
import { RoleSchema } from '../domain/role.ts'
import type { Store } from '../store/store.ts'
import { StoreError } from '../store/store-errors.ts'
import { type CliIo, parseOptions } from './cli-io.ts'

export const USERS_USAGE = `usage: npm run users -- <command>
  add <name> --role viewer|editor|admin   create an account (password from stdin)
  list                                    list accounts
  disable <name>                          block sign-in and end its sessions
  enable <name>                           allow sign-in again
  reset <name>                            set a new password (stdin) and end its sessions
Uses DATABASE_URL when set, else the embedded database in STATE_DIR (default ./.state).`

/**
 * `npm run users`: the account commands on an open store. Returns the exit code: 0 done,
 * 1 refused (message on stderr), 2 wrong usage.
 */
export async function usersCommand(
  args: readonly string[],
  store: Store,
  io: CliIo,
): Promise<number> {
  const { positional, options, problem } = parseOptions(args, ['role'])
  const [command, name, ...extra] = positional
  const usage = (why: string) => {
    io.err(`users: ${why}`)
    io.err(USERS_USAGE)
    return 2
  }
  if (problem) return usage(problem)
  if (extra.length > 0) return usage(`unexpected ${extra.join(' ')}`)
  try {
    if (command === 'list') return name ? usage('list takes no name') : await list(store, io)
    if (!name) return usage(command ? `${command} needs a user name` : 'no command')
    if (command === 'add') {
      const role = RoleSchema.safeParse(options.role)
      if (!role.success) return usage('add needs --role viewer|editor|admin')
      const nameProblem = userNameProblem(name)
      if (nameProblem) return fail(io, nameProblem)
      const passwordHash = await newPasswordHash(io)
      const user = await store.createUser({ name, role: role.data, passwordHash })
      io.out(`added ${user.name} (${user.role})`)
      return 0
    }
    if (options.role) return usage('--role only goes with add')
    if (command === 'disable' || command === 'enable') {
      const user = await store.updateUser(name, { disabled: command === 'disable' })
      io.out(`${command}d ${user.name}${command === 'disable' ? '; its sessions are ended' : ''}`)
      return 0
    }
    if (command === 'reset') {
      if (!(await store.findUser(name))) return fail(io, `no user ${name}`)
      const user = await store.updateUser(name, { passwordHash: await newPasswordHash(io) })
      io.out(`new password set for ${user.name}; its sessions are ended`)
      return 0
    }
    return usage(`unknown command ${command}`)
  } catch (error) {
    if (error instanceof StoreError || error instanceof PasswordError)
      return fail(io, error.message)
    throw error
  }
}

class PasswordError extends Error {}

async function newPasswordHash(io: CliIo): Promise<string> {
  let password: string
  try {
    password = await io.readSecret('Password')
  } catch (error) {
    throw new PasswordError(`no password: ${(error as Error).message}`)
  }
  const problem = passwordProblem(password)
  if (problem) throw new PasswordError(problem)
  return hashPassword(password)
}

async function list(store: Store, io: CliIo): Promise<number> {
  const users = await store.listUsers()
  if (users.length === 0) io.out('no accounts yet: npm run users -- add <name> --role admin')
  for (const user of users) {
    const state = user.disabled ? 'disabled' : 'active'
    io.out(
      `${user.name}\t${user.role}\t${state}\tcreated ${user.createdAt.toISOString().slice(0, 10)}`,
    )
  }
  return 0
}

function fail(io: CliIo, message: string): number {
  io.err(`users: ${message}`)
  return 1
}
