import { defineMessages, type MessageKey } from '../i18n/define-messages.ts'

/**
 * How places are located, as users read it wherever a place is shown (details, profile,
 * compare, brief, embed, analysis): precision, extent, how a place was placed and its
 * sources, and the words for distances that cannot be measured.
 */
export const LOCATION_MESSAGES = defineMessages({
  en: {
    'location.title': 'Location',
    'location.precision': 'Precision',
    'location.byParts': 'Given part by part (see its parts below)',
    'location.basis': 'What it rests on',
    'location.how': 'How was this placed?',
    'location.sources': 'Sources',
    'location.planOnly': 'The plan text only; no other source was found.',
    'location.method.source':
      'Drawn at the position its sources give, or at a named landmark next to it. Places that share one landmark are set a few hundred metres apart so that none hides another.',
    'location.method.park':
      'Drawn inside its park, {park}, whose position is known; its own address in the park is not, so it is as precise as the park. Places in one park are set a few hundred metres apart so that none hides another.',
    'location.method.district':
      'Not drawn as a point: only its district, {district}, is known. It is counted in the number shown for the district, and no distance is measured from it.',
    'location.method.outline':
      'Drawn with an outline taken from the sources below; its area is measured from that outline.',
    'location.method.partial-outline':
      'Only part of it is mapped: the outline shows that part, not the whole park, so no area is measured from it.',
    'location.method.point':
      'Only a position is known. The dashed ring shows how far off it may be, about {km} km — it is not the park’s area.',
    'location.method.parts':
      'A zone of several separate parts; each part is shown with what is known of its own position.',
    'location.method.in-parent': 'It lies in {parent} and has no outline of its own.',
    'location.method.unknown':
      'Its extent is not known, so it is not drawn: only its district, {district}, is known. It is counted in the number shown for the district, and no distance is measured from it.',
    'extent.label': 'Extent',
    'extent.outline': 'Outline from a source · {area}',
    'extent.partial-outline': 'Mapped in part only',
    'extent.point': 'Position only (within about {km} km); extent not known',
    'extent.parts': 'Several separate parts',
    'extent.in-parent': 'Within {parent}; extent not known',
    'extent.unknown': 'Extent not known',
    'extent.stated': '{kind} {area} according to {source}',
    'extent.stated.planned': 'Planned',
    'extent.stated.approved': 'Approved',
    'extent.stated.more-than': 'More than',
  },
  zh: {
    'location.title': '位置',
    'location.precision': '精度',
    'location.byParts': '按各组成部分分别给出（见下方组成部分）',
    'location.basis': '依据',
    'location.how': '位置是怎么确定的？',
    'location.sources': '来源',
    'location.planOnly': '仅有规划原文，未找到其他来源。',
    'location.method.source':
      '按来源给出的位置绘制，或画在紧邻的有名地标处。共用同一地标的地点彼此错开几百米，互不遮挡。',
    'location.method.park':
      '画在其所在园区“{park}”之内：园区的位置已知，而它在园区内的地址不详，因此精度与园区相同。同一园区的地点彼此错开几百米，互不遮挡。',
    'location.method.district':
      '不画成点：只知道它位于{district}。它计入该区显示的数字，也不以它测量任何距离。',
    'location.method.outline': '轮廓取自下列来源，面积按该轮廓计算。',
    'location.method.partial-outline':
      '只测绘了其中一部分：轮廓只表示这一部分，不是整个园区，因此不据此计算面积。',
    'location.method.point': '只知道一个位置。虚线圆表示可能的误差，约 {km} 公里——不是园区的面积。',
    'location.method.parts': '由多个相互分离的部分组成，每一部分按其自身已知的位置显示。',
    'location.method.in-parent': '位于“{parent}”之内，没有单独的轮廓。',
    'location.method.unknown':
      '范围不详，因此不在地图上绘制：只知道它位于{district}。它计入该区显示的数字，也不以它测量任何距离。',
    'extent.label': '范围',
    'extent.outline': '轮廓有来源 · {area}',
    'extent.partial-outline': '仅测绘了一部分',
    'extent.point': '仅知位置（误差约 {km} 公里内）；范围不详',
    'extent.parts': '由多个分离部分组成',
    'extent.in-parent': '位于“{parent}”之内；范围不详',
    'extent.unknown': '范围不详',
    'extent.stated': '据{source}，{kind}{area}',
    'extent.stated.planned': '规划面积',
    'extent.stated.approved': '批准面积',
    'extent.stated.more-than': '面积超过',
  },
})

export type LocationKey = MessageKey<typeof LOCATION_MESSAGES>
