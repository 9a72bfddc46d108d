import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { EditKind, PlacePatch } from '../../../api/client/create-curation-client.ts'
import { curationClient } from '../../lib/api/api-client.ts'
import { type EditShape, shapeDraftStore } from './edit-store.ts'

export const editKeys = {
  place: (kind: EditKind, id: string) => ['edit', kind, id] as const,
  history: (kind: EditKind, id: string) => ['changes', `${kind}:${id}`] as const,
}

/** The shapes the map can drag or reshape (a multi-part outline is not one of them). */
function editableShape(geometry: { type: string } | null): EditShape | null {
  return geometry && (geometry.type === 'Point' || geometry.type === 'Polygon')
    ? (geometry as EditShape)
    : null
}

/**
 * One place in the editor: its current feature and ETag (always fetched fresh), its shape
 * handed to the map for dragging (`shapeDraftStore`), and `save` — a PATCH with `If-Match`
 * that, once saved, refetches every query so the map and the details show the new data.
 */
export function usePlaceEdit(kind: EditKind, id: string) {
  const queryClient = useQueryClient()
  const loaded = useQuery({
    queryKey: editKeys.place(kind, id),
    queryFn: () => curationClient.placeForEdit(kind, id),
    staleTime: 0,
  })
  const etag = loaded.data?.etag
  const geometry = loaded.data?.feature.geometry ?? null
  useEffect(() => {
    if (etag === undefined) return
    const key = `${kind}:${id}:${etag}`
    const original = editableShape(geometry as { type: string } | null)
    const shape = kind === 'site' ? 'point' : 'polygon'
    const multiPart = geometry !== null && original === null
    shapeDraftStore.set(multiPart ? null : { key, shape, original, current: original })
    return () => shapeDraftStore.update((draft) => (draft?.key === key ? null : draft))
  }, [kind, id, etag, geometry])
  const save = useMutation({
    mutationFn: (body: PlacePatch) => curationClient.patchPlace(kind, id, etag ?? '', body),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  return { loaded, save }
}
