import { defineMessages, type MessageKey } from '../lib/i18n/define-messages.ts'

/** Strings the map itself shows (MapLibre's cooperative-gesture hints in the embed). */
export const MAP_MESSAGES = defineMessages({
  en: {
    'map.gesturesWindows': 'Use Ctrl + scroll to zoom the map',
    'map.gesturesMac': 'Use ⌘ + scroll to zoom the map',
    'map.gesturesMobile': 'Use two fingers to move the map',
  },
  zh: {
    'map.gesturesWindows': '按住 Ctrl 并滚动以缩放地图',
    'map.gesturesMac': '按住 ⌘ 并滚动以缩放地图',
    'map.gesturesMobile': '用两根手指移动地图',
  },
})

export type MapKey = MessageKey<typeof MAP_MESSAGES>
