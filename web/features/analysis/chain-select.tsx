import { useQuery } from '@tanstack/react-query'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { useAnalysisI18n } from './analysis-i18n.ts'

/** The supply-chain `<select>`: the 2021 key chains and the 2018 field chains. */
export function ChainSelect(props: { value: string; onChange: (chain: string) => void }) {
  const { at, name } = useAnalysisI18n()
  const chains = useQuery(chainListQuery()).data ?? []
  return (
    <label className="analysis-field">
      <span>{at('chain.label')}</span>
      <select
        data-testid="chain-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {chains.map((c) => (
          <option key={c.id} value={c.id}>
            {name(c)}
          </option>
        ))}
      </select>
    </label>
  )
}
