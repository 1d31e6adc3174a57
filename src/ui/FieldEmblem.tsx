import type { FieldId } from '../catalogue/vocabulary'
import { FIELD_MARKS } from './fieldMarks'

export interface FieldEmblemProps {
  field: FieldId
  size?: number
}

export function FieldEmblem({ field, size = 24 }: FieldEmblemProps) {
  return (
    <svg
      className={`emblem emblem--${field}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={FIELD_MARKS[field]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  )
}
