/**
 * Per-frame values written by the 3D scene and read by the test hooks and the benchmark.
 * A plain mutable object: the frame loop never goes through React.
 */
export interface FrameStats {
  /** Pavilions drawn (instances), 0 when the 3D view is off. */
  pavilions: number
  /** Pavilions the scene draws as matching the filters and search (all when none is on). */
  highlighted: number
  /** Renderer counters of the last frame drawn. */
  renderer: { calls: number; triangles: number; geometries: number; textures: number }
  /** Frames drawn since the scene mounted. */
  frames: number
  /** Time of the first frame drawn, ms since navigation start; null before. */
  firstFrameAt: number | null
  /** Intervals between consecutive frames while the scene keeps drawing, ms (last 600). */
  frameTimes: number[]
  /** Time the previous frame was drawn, ms (performance.now). */
  lastFrameAt: number
  /** Camera position and orbit target of the last frame, m. */
  pose: { position: [number, number, number]; target: [number, number, number] }
  /** The name tags the scene draws: pavilion id, the name on the tag and its language. */
  labels: { id: string; name: string; lang: string }[]
  /** The exhibits on stands in the open pavilion (its page of them), in order. */
  exhibits: string[]
  /** Screen positions of the pavilions (CSS px in the viewport), nearest first; set by the scene. */
  screenPoints: (() => ScreenPoint[]) | null
  /** What the scene is loading or making now, by kind (name tags, land, posters): count each. */
  pending: Map<string, number>
  /** Whether a frame is asked for and not drawn yet; set by the scene. */
  scheduled: () => boolean
}

export interface ScreenPoint {
  id: string
  x: number
  y: number
  /** Distance from the camera, m. */
  depth: number
}

export function createFrameStats(): FrameStats {
  return {
    pavilions: 0,
    highlighted: 0,
    renderer: { calls: 0, triangles: 0, geometries: 0, textures: 0 },
    frames: 0,
    firstFrameAt: null,
    frameTimes: [],
    lastFrameAt: 0,
    pose: { position: [0, 0, 0], target: [0, 0, 0] },
    labels: [],
    exhibits: [],
    screenPoints: null,
    pending: new Map(),
    scheduled: () => false,
  }
}

/**
 * Counts `work` as pending scene work of a kind until it settles (either way), so the test hooks
 * can tell a scene at rest from one still loading; returns it unchanged.
 */
export function track<T>(stats: FrameStats, kind: string, work: Promise<T>): Promise<T> {
  stats.pending.set(kind, (stats.pending.get(kind) ?? 0) + 1)
  const done = () => {
    const left = (stats.pending.get(kind) ?? 1) - 1
    if (left > 0) stats.pending.set(kind, left)
    else stats.pending.delete(kind)
  }
  work.then(done, done)
  return work
}
