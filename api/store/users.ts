import type { Role } from '../domain/role.ts'
import { sqlErrorCode } from './sql-driver.ts'
import type { StoreContext } from './store-context.ts'
import { InputError, NotFoundError } from './store-errors.ts'

/** An account as the app sees it (the password hash stays in `findUserForLogin`). */
export interface User {
  id: number
  name: string
  role: Role
  disabled: boolean
  createdAt: Date
  updatedAt: Date
}

interface UserRow {
  id: number
  name: string
  role: Role
  disabled: boolean
  created_at: Date
  updated_at: Date
  password_hash: string
}

const COLUMNS = 'id, name, role, disabled, created_at, updated_at, password_hash'

function user(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    disabled: row.disabled,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Adds an account; a name taken by another (case-insensitively) throws `InputError`. */
export async function createUser(
  ctx: StoreContext,
  input: { name: string; role: Role; passwordHash: string },
): Promise<User> {
  const now = ctx.now().toISOString()
  try {
    const [row] = await ctx.driver.query<UserRow>(
      `INSERT INTO users (name, role, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz) RETURNING ${COLUMNS}`,
      [input.name, input.role, input.passwordHash, now],
    )
    return user(row as UserRow)
  } catch (error) {
    if (sqlErrorCode(error) === '23505') throw new InputError(`user ${input.name} already exists`)
    throw error
  }
}

/** Every account, by name. */
export async function listUsers(ctx: StoreContext): Promise<User[]> {
  const rows = await ctx.driver.query<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY lower(name)`)
  return rows.map(user)
}

/** One account by name (case-insensitive), or `null`. */
export async function findUser(ctx: StoreContext, name: string): Promise<User | null> {
  const found = await findUserForLogin(ctx, name)
  return found ? found.user : null
}

/** An account with its password hash, for sign-in only. */
export async function findUserForLogin(
  ctx: StoreContext,
  name: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const [row] = await ctx.driver.query<UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE lower(name) = lower($1)`,
    [name],
  )
  return row ? { user: user(row), passwordHash: row.password_hash } : null
}

export interface UserChange {
  role?: Role
  passwordHash?: string
  disabled?: boolean
}

/**
 * Changes an account's role, password or disabled flag. A new password or disabling ends all
 * of the user's sessions in the same transaction. `NotFoundError` for an unknown name.
 */
export async function updateUser(
  ctx: StoreContext,
  name: string,
  change: UserChange,
): Promise<User> {
  return ctx.driver.transaction(async (tx) => {
    const [row] = await tx.query<UserRow>(
      `UPDATE users SET role = coalesce($2, role), password_hash = coalesce($3, password_hash),
         disabled = coalesce($4, disabled), updated_at = $5::timestamptz
       WHERE lower(name) = lower($1) RETURNING ${COLUMNS}`,
      [
        name,
        change.role ?? null,
        change.passwordHash ?? null,
        change.disabled ?? null,
        ctx.now().toISOString(),
      ],
    )
    if (!row) throw new NotFoundError(`no user ${name}`)
    if (change.passwordHash !== undefined || change.disabled === true) {
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [row.id])
    }
    return user(row)
  })
}
