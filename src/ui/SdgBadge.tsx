import type { Sdg11Target } from '../catalogue/vocabulary'

export interface SdgBadgeProps {
  target: Sdg11Target
  /** Display size in CSS px (the drawing is 96 × 96). */
  size?: number
}

/**
 * The generated badge of an SDG 11 target (scripts/assets/badges.ts). Decorative: the target's
 * number and name are always written next to it, so its alt text is empty.
 */
export function SdgBadge({ target, size = 24 }: SdgBadgeProps) {
  return (
    <img
      className="sdg-badge"
      src={`assets/generated/badges/sdg-${target.replace('.', '-')}.svg`}
      alt=""
      width={size}
      height={size}
      decoding="async"
    />
  )
}
