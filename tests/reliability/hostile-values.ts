import fc from 'fast-check'

const KB16 = 16_000

/**
 * 16 KB values shaped to hit slow paths: long digit runs that a backtracking number pattern
 * (`\d+\.?\d*`) splits quadratically, number lists, ids, clause ids, exponents, multi-byte
 * text and escapes.
 */
export const HOSTILE_VALUES: readonly string[] = [
  `${'1'.repeat(KB16)}x`,
  '1.'.repeat(KB16 / 2),
  `${'1'.repeat(5_000)},${'1'.repeat(5_000)},${'1'.repeat(5_000)}x`,
  `${'1,'.repeat(KB16 / 2)}x`,
  `${'a-'.repeat(KB16 / 2)}-`,
  `ne18-${'1.'.repeat(KB16 / 2)}x`,
  `1e${'1'.repeat(KB16)}`,
  '中'.repeat(KB16 / 3),
  `${'\\'.repeat(KB16 / 2)}"<script>`,
]

/** Random values up to 16 KB: digit runs with junk, separators, any unicode. */
export const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc
    .tuple(fc.integer({ min: 1, max: KB16 }), fc.constantFrom('', 'x', '.', ',', 'e', '-', '/'))
    .map(([n, tail]) => `${'9'.repeat(n)}${tail}`),
  fc.string({ maxLength: KB16 }),
  fc.string({ unit: 'grapheme', maxLength: 2_000 }),
)
