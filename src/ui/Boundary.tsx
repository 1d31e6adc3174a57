import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface BoundaryProps {
  /** What to show instead of a failed part: the error, and a way to try it again. */
  fallback: (error: Error, retry: () => void) => ReactNode
  /** Called once per failure (to log it, or to reload for a stale chunk). */
  onError?: (error: Error) => void
  children: ReactNode
}

interface BoundaryState {
  error: Error | null
}

/** Keeps a failure inside the part that failed: the rest of the page goes on working. */
export class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(
      'creative-cities-expo: a part of the page failed',
      error.message,
      info.componentStack,
    )
    this.props.onError?.(error)
  }

  override render() {
    const { error } = this.state
    if (error) return this.props.fallback(error, () => this.setState({ error: null }))
    return this.props.children
  }
}
