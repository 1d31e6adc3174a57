import type { AnchorHTMLAttributes, ReactNode } from 'react'
import { href } from '../routing/base'
import { formatRoute, type Place, type RouteParams } from '../routing/route'
import { useExpo, useExpoStore } from '../state/useExpo'

export interface RouteLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  place: Place
  /** Parameters to change; the current ones (language, view, filters) are kept. */
  params?: Partial<RouteParams>
  children: ReactNode
}

/** A real link to an address: works with middle-click, copy, and without JavaScript routing. */
export function RouteLink({ place, params, children, ...rest }: RouteLinkProps) {
  const store = useExpoStore()
  const current = useExpo((s) => s.route.params)
  const language = useExpo((s) => s.language)
  // Tour parameters stay: leaving the tour's stop pauses it, and the tour bar offers to resume.
  const merged = { ...current, ...params }
  const to = href(formatRoute({ place, params: merged }, language))
  return (
    <a
      href={to}
      onClick={(event) => {
        // A plain click moves within the app (history.pushState); a modified one opens a tab.
        if (event.defaultPrevented || event.button !== 0) return
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        if (rest.target && rest.target !== '_self') return
        event.preventDefault()
        rest.onClick?.(event)
        store.getState().goTo(place, { ...params, lang: merged.lang ?? language })
      }}
      {...without(rest, 'onClick')}
    >
      {children}
    </a>
  )
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value
  return rest
}
