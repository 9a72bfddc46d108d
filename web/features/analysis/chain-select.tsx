import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'

/** The supply-chain `<select>`: the 2021 key chains and the 2018 field chains. */
export function ChainSelect(props: { value: string; onChange: (chain: string) => void }) {
  const { t, name } = useI18n(ANALYSIS_MESSAGES)
  const chains = useQuery(chainListQuery()).data ?? []
  return (
    <label className="analysis-field">
      <span>{t('chain.label')}</span>
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
