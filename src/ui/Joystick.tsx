import { useContext, useRef, useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LiveInputContext } from '../state/FrameStatsContext'

/** The on-screen joystick for walking on touch screens; writes to the live input, not React. */
export function Joystick() {
  const { t } = useTranslation()
  const live = useContext(LiveInputContext)
  const base = useRef<HTMLDivElement>(null)
  const [knob, setKnob] = useState({ x: 0, y: 0 })

  const move = (event: PointerEvent<HTMLDivElement>) => {
    const box = base.current?.getBoundingClientRect()
    if (!box || event.buttons === 0) return
    const radius = box.width / 2
    let x = (event.clientX - box.left - radius) / radius
    let y = (event.clientY - box.top - radius) / radius
    const length = Math.hypot(x, y)
    if (length > 1) [x, y] = [x / length, y / length]
    live.joystick.x = x
    live.joystick.y = -y
    setKnob({ x, y })
    live.wake()
  }
  const stop = () => {
    live.joystick.x = 0
    live.joystick.y = 0
    setKnob({ x: 0, y: 0 })
  }

  return (
    <div
      ref={base}
      className="joystick"
      role="img"
      aria-label={t('controls.joystick')}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        move(event)
      }}
      onPointerMove={move}
      onPointerUp={stop}
      onPointerCancel={stop}
    >
      <span
        className="joystick-knob"
        style={{ transform: `translate(${knob.x * 32}px, ${knob.y * 32}px)` }}
      />
    </div>
  )
}
