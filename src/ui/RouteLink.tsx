import type { AnchorHTMLAttributes, ReactNode } from 'react'
import { formatRoute, type Place, type RouteParams } from '../routing/route'
import { useExpo } from '../state/useExpo'

export interface RouteLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  place: Place
  /** Parameters to change; the current ones (language, view, filters) are kept. */
  params?: Partial<RouteParams>
  children: ReactNode
}

/** A real link to an address: works with middle-click, copy, and without JavaScript routing. */
export function RouteLink({ place, params, children, ...rest }: RouteLinkProps) {
  const current = useExpo((s) => s.route.params)
  // Tour parameters stay: leaving the tour's stop pauses it, and the tour bar offers to resume.
  const merged = { ...current, ...params }
  return (
    <a href={formatRoute({ place, params: merged })} {...rest}>
      {children}
    </a>
  )
}
