import { GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import type { CheckIssue } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('unique-ids')
const FILE = GEODATA_FILES.districts

/** GB/T 2260 codes of Tianjin's 16 districts (和平 120101 … 蓟州 120119). */
export const TIANJIN_DISTRICT_CODES: readonly string[] = [
  '120101',
  '120102',
  '120103',
  '120104',
  '120105',
  '120106',
  '120110',
  '120111',
  '120112',
  '120113',
  '120114',
  '120115',
  '120116',
  '120117',
  '120118',
  '120119',
]

/** The districts are Tianjin's 16, each code once. */
export function districtSetIssues(dataset: Dataset): CheckIssue[] {
  const issues: CheckIssue[] = []
  const seen = new Map<string, number>()
  dataset.districts.forEach(({ properties: { code } }, index) => {
    const first = seen.get(code)
    if (first !== undefined) {
      issues.push(
        issue(FILE, code, 'properties.code', `code ${code} is already used by feature #${first}`),
      )
      return
    }
    seen.set(code, index)
    if (!TIANJIN_DISTRICT_CODES.includes(code)) {
      issues.push(
        issue(FILE, code, 'properties.code', `${code} is not one of Tianjin's 16 district codes`),
      )
    }
  })
  if (dataset.districts.length !== TIANJIN_DISTRICT_CODES.length) {
    const message = `expected ${TIANJIN_DISTRICT_CODES.length} districts, got ${dataset.districts.length}`
    issues.push(issue(FILE, '', 'features', message))
  }
  return issues
}
