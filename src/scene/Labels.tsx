/**
 * Name tags over the pavilions nearest the point the camera looks at (at most MAX), facing the
 * camera; with filters on, only over pavilions that match. Recomputed only when the camera has moved, so an idle scene draws nothing.
 */
import { useContext, useEffect, useMemo, useState } from 'react'
import { useThree } from '@react-three/fiber'
import type { CanvasTexture } from 'three'
import { localize } from '../catalogue/localize'
import { pavilionSize } from '../layout/plan'
import { FrameStatsContext, LiveInputContext } from '../state/FrameStatsContext'
import { track } from '../state/frameStats'
import { selectCityMap, selectFieldMap, selectSelection } from '../state/derived'
import { selectCityId } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import type { OrbitLike } from './controlsType'
import { labelTexture } from './labelTexture'
import { usePlan } from './usePlan'

const MAX = 10
/** Labels show within this distance of the camera, m. */
const NEAR = 160

interface Tag {
  id: string
  texture: CanvasTexture
  width: number
  height: number
}

export function Labels() {
  const live = useContext(LiveInputContext)
  const stats = useContext(FrameStatsContext)
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const cities = useExpo(selectCityMap)
  const fields = useExpo(selectFieldMap)
  const selection = useExpo(selectSelection)
  const language = useExpo((s) => s.language)
  const openCity = useExpo(selectCityId)
  const { plan, mode } = usePlan()
  const [nearest, setNearest] = useState<string[]>([])
  /** Labels grow with the viewing distance so they stay readable from afar (1 to 5×). */
  const [zoom, setZoom] = useState(1)

  useEffect(() => {
    const update = () => {
      if (!controls) return
      const { x, z } = controls.target
      const reach = Math.max(NEAR, camera.position.distanceTo(controls.target) * 0.9)
      const ids = [...plan.placements]
        .map(([id, p]) => ({ id, d: Math.hypot(p.x - x, p.z - z) }))
        .filter(
          (c) =>
            c.d < reach &&
            c.id !== openCity &&
            (!selection.narrowed || selection.cityIds.has(c.id)),
        )
        .sort((a, b) => a.d - b.d)
        .slice(0, MAX)
        .map((c) => c.id)
        .sort()
      setNearest((previous) => (previous.join() === ids.join() ? previous : ids))
      const distance = camera.position.distanceTo(controls.target)
      setZoom(Math.round(Math.min(5, Math.max(1, distance / 70)) * 4) / 4)
    }
    update()
    live.listeners.add(update)
    return () => {
      live.listeners.delete(update)
    }
  }, [live, controls, camera, plan, openCity, selection])

  const texts = useMemo(
    () =>
      nearest.flatMap((id) => {
        const city = cities.get(id)
        const field = city ? fields.get(city.field) : undefined
        if (!city || !field) return []
        const name = localize(city.name, language)
        const title = localize(field.cityTitle, language)
        return [
          {
            id,
            name: name.text,
            nameLang: name.lang,
            title: title.text,
            titleLang: title.lang,
            colour: field.colour,
            rtl: language === 'ar',
          },
        ]
      }),
    [nearest, cities, fields, language],
  )

  const [tags, setTags] = useState<Tag[]>([])
  useEffect(() => {
    let current = true
    const making = Promise.all(texts.map(async (t) => ({ id: t.id, ...(await labelTexture(t)) })))
    void track(stats, 'labels', making).then((made) => {
      if (!current) return made.forEach((m) => m.texture.dispose())
      setTags((previous) => {
        previous.forEach((p) => p.texture.dispose())
        return made
      })
      stats.labels = texts.map((t) => ({ id: t.id, name: t.name, lang: t.nameLang }))
      invalidate()
    })
    return () => {
      current = false
    }
  }, [texts, invalidate, stats])

  const scale = (mode === 'world' ? 0.6 : 1) * zoom
  // Inside a pavilion the room is the subject: neighbours' tags would crowd the view.
  if (openCity) return null
  return (
    <group>
      {tags.map((tag) => {
        const place = plan.placements.get(tag.id)
        const city = cities.get(tag.id)
        if (!place || !city) return null
        const height = pavilionSize(city.initiatives.length, mode) * 1.9 + 1
        return (
          <sprite
            key={tag.id}
            position={[place.x, height + tag.height * scale * 0.9, place.z]}
            scale={[tag.width * 1.6 * scale, tag.height * 1.6 * scale, 1]}
          >
            <spriteMaterial map={tag.texture} transparent depthWrite={false} />
          </sprite>
        )
      })}
    </group>
  )
}
