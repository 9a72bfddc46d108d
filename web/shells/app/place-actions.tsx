import { AnalyseHereButton } from '../../features/analysis/analyse-here-button.tsx'
import { CompareAddButton } from '../../features/compare/compare-add-button.tsx'
import type { ShownPlace } from '../../features/details/details-panel.tsx'
import { PlaceEditor } from '../../features/edit/place-editor.tsx'
import { CopyGcj02Button } from '../../features/place-position/copy-gcj02-button.tsx'
import { ProfileActions } from '../../features/profile/profile-actions.tsx'
import { closeProfileOf } from '../../features/profile/use-profile.ts'

/**
 * Where the features meet in the details panel: "Analyse around here" and "Copy for Chinese
 * map apps" for a site or park; for a park also "Full profile" and "Compare"; in Edit mode,
 * the place's editor.
 */
export function PlaceActions({ place }: { place: ShownPlace }) {
  return (
    <>
      <AnalyseHereButton kind={place.kind} id={place.id} />
      <CopyGcj02Button kind={place.kind} id={place.id} />
      <PlaceEditor kind={place.kind} id={place.id} />
      {place.kind === 'park' ? (
        <ProfileActions parkId={place.id}>
          <ParkCompareButton parkId={place.id} />
        </ProfileActions>
      ) : null}
    </>
  )
}

/** "Compare" for a park; adding the park whose profile is open closes the profile, so the comparison shows. */
export function ParkCompareButton({ parkId }: { parkId: string }) {
  return <CompareAddButton parkId={parkId} also={closeProfileOf(parkId)} />
}
