import { defineMessages, type MessageKey } from '../../lib/i18n/define-messages.ts'

/** Strings of the "Embed this map" button and dialog. */
export const EMBED_DIALOG_MESSAGES = defineMessages({
  en: {
    'embedDialog.open': 'Embed',
    'embedDialog.openLabel': 'Embed this map on another website',
    'embedDialog.title': 'Embed this map',
    'embedDialog.intro':
      'Paste this code into your web page to show the map as it is now: same view, language, layers and selection. Visitors can switch to an accessible list view.',
    'embedDialog.code': 'Embed code',
    'embedDialog.listFirst': 'Start in list view',
    'embedDialog.copy': 'Copy code',
    'embedDialog.copied': 'Copied to the clipboard',
    'embedDialog.copyFailed': 'Copy failed: select the code and copy it by hand',
    'embedDialog.preview': 'Open preview',
    'embedDialog.newWindow': '(opens in a new window)',
    'embedDialog.close': 'Close',
    'embedDialog.frameTitle': 'Map of Tianjin industrial parks and sites',
  },
  zh: {
    'embedDialog.open': '嵌入',
    'embedDialog.openLabel': '将此地图嵌入其他网站',
    'embedDialog.title': '嵌入此地图',
    'embedDialog.intro':
      '将以下代码粘贴到网页中，即可显示当前地图：相同的视野、语言、图层和选中地点。访问者可切换到无障碍列表视图。',
    'embedDialog.code': '嵌入代码',
    'embedDialog.listFirst': '默认显示列表视图',
    'embedDialog.copy': '复制代码',
    'embedDialog.copied': '已复制到剪贴板',
    'embedDialog.copyFailed': '复制失败：请手动选中代码并复制',
    'embedDialog.preview': '打开预览',
    'embedDialog.newWindow': '（在新窗口打开）',
    'embedDialog.close': '关闭',
    'embedDialog.frameTitle': '天津产业园区与项目点地图',
  },
})

export type EmbedDialogKey = MessageKey<typeof EMBED_DIALOG_MESSAGES>
