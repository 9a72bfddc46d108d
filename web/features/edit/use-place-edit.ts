import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { EditKind, PlacePatch } from '../../../api/client/create-curation-client.ts'
import { curationClient } from '../../lib/api/api-client.ts'
import { shapeDraftStore } from './edit-store.ts'
import { editableShape, type Loaded } from './editable-shape.ts'

export const editKeys = {
  place: (kind: EditKind, id: string) => ['edit', kind, id] as const,
  history: (kind: EditKind, id: string) => ['changes', `${kind}:${id}`] as const,
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
  const feature = loaded.data?.feature as Loaded | undefined
  useEffect(() => {
    if (etag === undefined || !feature) return
    const key = `${kind}:${id}:${etag}`
    const editable = editableShape(feature)
    shapeDraftStore.set(editable && { key, ...editable, current: editable.original })
    return () => shapeDraftStore.update((draft) => (draft?.key === key ? null : draft))
  }, [kind, id, etag, feature])
  const save = useMutation({
    mutationFn: (body: PlacePatch) => curationClient.patchPlace(kind, id, etag ?? '', body),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  return { loaded, save }
}
