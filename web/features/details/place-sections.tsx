import type { CitedClause } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ClauseList } from '../../lib/ui/clause-list.tsx'
import { ChainLinks, Fact, SectorChips } from '../../lib/ui/facts.tsx'
import { nameVariants } from '../../lib/ui/name-variants.ts'
import { type PlaceLinkItem, PlaceLinks } from './place-links.tsx'

/** A titled list of related places with their count (nothing when there are none). */
export function RelatedPlaces(props: {
  title: string
  items: readonly PlaceLinkItem[]
  testId: string
}) {
  if (props.items.length === 0) return null
  return (
    <section className="related">
      <h3>
        {props.title} <span className="count">{props.items.length}</span>
      </h3>
      <PlaceLinks items={props.items} testId={props.testId} />
    </section>
  )
}

/** The plan clauses citing a place, its Chinese name's forms highlighted. */
export function Citations(props: {
  title: string
  clauses: readonly CitedClause[]
  nameZh: string
}) {
  return (
    <section className="citations">
      <h3>{props.title}</h3>
      <ClauseList clauses={props.clauses} highlight={nameVariants(props.nameZh)} />
    </section>
  )
}

/** The sectors and supply-chain links of a site or park, as facts. */
export function SectorFacts(props: { sectors: readonly string[]; chainLinks: readonly string[] }) {
  const { t } = useI18n()
  return (
    <>
      <Fact label={t('details.sectors')}>
        <SectorChips ids={props.sectors} />
      </Fact>
      <Fact label={t('details.chainLinks')}>
        {props.chainLinks.length > 0 ? <ChainLinks refs={props.chainLinks} /> : null}
      </Fact>
    </>
  )
}

/** A place's district (or park) as a link that selects it. */
export function LinkFact(props: { label: string; place: PlaceLinkItem | null }) {
  return (
    <Fact label={props.label}>{props.place ? <PlaceLinks items={[props.place]} /> : null}</Fact>
  )
}
