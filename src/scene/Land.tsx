/**
 * The continents under the world layout: Natural Earth's 1:110m land (the same coastlines as the
 * about page's map), projected like the pavilions (layout/world.ts) and filled a shade darker
 * than the ground. Loaded only when the world layout is shown; one draw call; disposed on leave.
 */
import { useContext, useEffect, useState } from 'react'
import { useThree } from '@react-three/fiber'
import { Path, Shape, ShapeGeometry, type BufferGeometry } from 'three'
import { project } from '../layout/world'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { track } from '../state/frameStats'

type Ring = [number, number][]

async function landRings(): Promise<Ring[][]> {
  const [{ feature }, atlas] = await Promise.all([
    import('topojson-client'),
    import('world-atlas/land-110m.json'),
  ])
  const topology = atlas.default as unknown as Parameters<typeof feature>[0]
  const land = feature(topology, topology.objects.land as never) as unknown as {
    features: { geometry: { type: string; coordinates: Ring[] | Ring[][] } }[]
  }
  return land.features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon'
      ? [geometry.coordinates as Ring[]]
      : (geometry.coordinates as Ring[][]),
  )
}

function toPath<T extends Path>(path: T, ring: Ring): T {
  ring.forEach(([lon, lat], i) => {
    const { x, z } = project(lat, lon)
    // The shape lies in x/y and is turned flat, so y becomes −z.
    if (i === 0) path.moveTo(x, -z)
    else path.lineTo(x, -z)
  })
  return path
}

export function Land() {
  const invalidate = useThree((s) => s.invalidate)
  const stats = useContext(FrameStatsContext)
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null)
  useEffect(() => {
    let made: BufferGeometry | null = null
    let live = true
    void track(stats, 'land', landRings()).then((polygons) => {
      if (!live) return
      const shapes = polygons.map(([outer = [], ...holes]) => {
        const shape = toPath(new Shape(), outer)
        shape.holes = holes.map((hole) => toPath(new Path(), hole))
        return shape
      })
      made = new ShapeGeometry(shapes, 2)
      setGeometry(made)
      invalidate()
    })
    return () => {
      live = false
      made?.dispose()
    }
  }, [invalidate, stats])
  if (!geometry) return null
  return (
    <mesh geometry={geometry} rotation-x={-Math.PI / 2} position-y={0.01} raycast={() => null}>
      <meshLambertMaterial color="#E6DCCB" />
    </mesh>
  )
}
