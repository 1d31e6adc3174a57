/**
 * A badge for each SDG 11 target, drawn for this exhibition (not the UN icon set): the target
 * number set as outlines and a simple pictogram of its theme, in the ink and paper of the site.
 * Deterministic; no <text>, so it looks the same wherever it is shown.
 */
import { SDG11_TARGETS, type Sdg11Target } from '../../src/catalogue/vocabulary.ts'
import type { Generated } from './generate.ts'
import { INK } from './posters.ts'
import { setText } from './textPath.ts'

/**
 * One pictogram per target, SVG path data on a 24-unit grid, stroked like the field marks.
 * housing, transport, planning, heritage, disaster, environment, public space, urban–rural,
 * resilience, building.
 */
export const SDG11_PICTOGRAMS: Record<Sdg11Target, string> = {
  '11.1': 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5h4v5',
  '11.2':
    'M7 4h10a3 3 0 0 1 3 3v10H4V7a3 3 0 0 1 3-3zM4 11h16M8 14.5h.01M16 14.5h.01M7 17l-1.5 3M17 17l1.5 3',
  '11.3': 'M3 4h18v16H3zM3 11h7v9M10 4v7M15 4v16M15 13h6M12.5 15.5h.01',
  '11.4': 'M3 9 12 4l9 5zM5.5 9v8.5M10 9v8.5M14 9v8.5M18.5 9v8.5M4 17.5h16M3 20.5h18',
  '11.5':
    'M7 10.5 12 6l5 4.5M8.5 9.5V13M15.5 9.5V13M3 16c1.5-1.3 3-1.3 4.5 0s3 1.3 4.5 0 3-1.3 4.5 0 3 1.3 4.5 0M3 20c1.5-1.3 3-1.3 4.5 0s3 1.3 4.5 0 3-1.3 4.5 0 3 1.3 4.5 0',
  '11.6': 'M5 19.5C5 11 10 5 20 4c0 9.5-5 15.5-15 15.5zM5 19.5l10-10',
  '11.7':
    'M7 3.5a3.5 3.5 0 0 1 0 7 3.5 3.5 0 0 1 0-7zM7 10.5v9.5M3 20h18M12.5 16h8M13.5 16v4M19.5 16v4M13 13h7',
  '11.a':
    'M3 20V10h4v10M7 20V6h5v14M3 20h18M12 20c2.5-3.5 5.5-5 9-5M15 20c1.5-1.6 3.5-2.4 6-2.5M17 8.5a2 2 0 1 0 .01 0',
  '11.b': 'M12 3l7.5 3v5.5c0 4.6-3.1 7.9-7.5 9.5-4.4-1.6-7.5-4.9-7.5-9.5V6zM8.5 12l2.5 2.5 4.5-5',
  '11.c':
    'M4 20.5h16M4 16.5h16M4 12.5h16M4 12.5v8M20 12.5v8M9 12.5v4M15 12.5v4M12 16.5v4M6.5 12.5V3.5h13M6.5 6.5l3-3M17 3.5V7M15.5 7h3v2.5h-3z',
}

export const BADGES = 'assets/generated/badges'
/** File name of a target's badge: "11.a" → "sdg-11-a.svg" (also used by ui/SdgBadge). */
export const badgeFile = (target: Sdg11Target) => `sdg-${target.replace('.', '-')}.svg`

const SIZE = 96
const PAPER = '#F7F3EC'

export function badgeSvg(target: Sdg11Target): string {
  const number = setText(target, 13, 25, 17)
  const scale = 2.1
  const offset = (SIZE - 24 * scale) / 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<rect width="${SIZE}" height="${SIZE}" rx="20" fill="${INK}"/>
<path d="${number.d}" fill="${PAPER}"/>
<path d="M14 31h${Math.round(number.width) - 2}" stroke="#D99A00" stroke-width="3" stroke-linecap="round"/>
<path d="${SDG11_PICTOGRAMS[target]}" transform="translate(${offset.toFixed(1)} ${(offset + 12).toFixed(1)}) scale(${scale})" fill="none" stroke="${PAPER}" stroke-width="${(3.4 / scale).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`
}

/** Generator: the ten SDG 11 target badges. */
export function badges(): Generated {
  const files = new Map<string, string>()
  for (const target of SDG11_TARGETS) files.set(`${BADGES}/${badgeFile(target)}`, badgeSvg(target))
  return { files, head: [] }
}
