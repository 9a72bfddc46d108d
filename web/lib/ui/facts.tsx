import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/use-i18n.ts'
import { chainListQuery } from '../queries/chains.ts'
import { sectorListQuery } from '../queries/sectors.ts'
import './facts.css'

/** One labelled fact of a place (renders nothing when there is no value). */
export function Fact(props: { label: string; children: ReactNode; testId?: string }) {
  if (props.children === null || props.children === undefined || props.children === '') return null
  return (
    <div className="fact" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

/** Sector chips in the sectors' colours. */
export function SectorChips(props: { ids: readonly string[] }) {
  const { name } = useI18n()
  const sectors = useQuery(sectorListQuery()).data ?? []
  return (
    <span className="chips">
      {props.ids.map((id) => {
        const sector = sectors.find((s) => s.id === id)
        return (
          <span key={id} className="chip" data-testid="details-sector">
            <span className="chip-dot" style={{ background: sector?.color }} aria-hidden="true" />
            {sector ? name(sector) : id}
          </span>
        )
      })}
    </span>
  )
}

/** Supply-chain links as "Chain › Link". */
export function ChainLinks(props: { refs: readonly string[] }) {
  const { name } = useI18n()
  const chains = useQuery(chainListQuery()).data ?? []
  if (props.refs.length === 0) return null
  return (
    <ul className="plain-list">
      {props.refs.map((ref) => {
        const [chainId, linkId] = ref.split('/')
        const chain = chains.find((c) => c.id === chainId)
        const link = chain?.links.find((l) => l.id === linkId)
        return (
          <li key={ref} data-testid="details-chain-link">
            {chain ? name(chain) : chainId} › {link ? name(link) : linkId}
          </li>
        )
      })}
    </ul>
  )
}
