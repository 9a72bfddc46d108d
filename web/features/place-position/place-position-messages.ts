import { defineMessages, type MessageKey } from '../../lib/i18n/define-messages.ts'

/** Strings of "copy the position for Chinese map apps". */
export const PLACE_POSITION_MESSAGES = defineMessages({
  en: {
    'position.copyGcj02': 'Copy for Chinese map apps',
    'position.copyGcj02Hint':
      'Copies the position as GCJ-02 longitude,latitude, the coordinate system of Amap, Tencent Maps and other maps in China (this map uses GPS coordinates, WGS84).',
    'position.copied': 'Copied {text} (GCJ-02)',
    'position.copyFailed': 'Copy failed; GCJ-02: {text}',
  },
  zh: {
    'position.copyGcj02': '复制坐标（国内地图用）',
    'position.copyGcj02Hint':
      '以 GCJ-02 格式（经度,纬度）复制此位置，可粘贴到高德、腾讯等国内地图（本地图使用 GPS 坐标 WGS84）。',
    'position.copied': '已复制 {text}（GCJ-02）',
    'position.copyFailed': '复制失败；GCJ-02 坐标：{text}',
  },
})

export type PlacePositionKey = MessageKey<typeof PLACE_POSITION_MESSAGES>
