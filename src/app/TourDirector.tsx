/**
 * Runs the guided tour in the address: after each stop's narration (read aloud where a voice
 * exists for its language, or for its reading time), it moves on; pausing or wandering off stops
 * the clock. The caption and controls are ui/TourBar.
 */
import { useEffect } from 'react'
import { localize } from '../catalogue/localize'
import { narrationSeconds, stopPlace } from '../layout/tour'
import { useExpo, useExpoStore } from '../state/useExpo'
import { useTour } from '../ui/useTour'

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang))
}

export function TourDirector() {
  const store = useExpoStore()
  const current = useTour()
  const paused = useExpo((s) => s.tourPaused)
  const speech = useExpo((s) => s.speech)
  const language = useExpo((s) => s.language)
  const running = current && current.atStop && !paused ? current : null
  const tour = running?.tour
  const stop = running?.stop ?? -1

  useEffect(() => {
    if (!tour || stop < 0 || stop >= tour.stops.length - 1) return
    const narration = tour.stops[stop]?.narration
    if (!narration) return
    const text = localize(narration, language)
    const advance = () => store.getState().goTo(stopPlace(tour, stop + 1), { stop: stop + 1 })
    let timer = window.setTimeout(advance, narrationSeconds(text.text) * 1000 + 1500)
    const voice = speech ? voiceFor(text.lang) : undefined
    if (voice) {
      window.clearTimeout(timer)
      const utterance = new SpeechSynthesisUtterance(text.text)
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.onend = () => {
        timer = window.setTimeout(advance, 1500)
      }
      window.speechSynthesis.speak(utterance)
    }
    return () => {
      window.clearTimeout(timer)
      if (voice) window.speechSynthesis.cancel()
    }
  }, [tour, stop, language, speech, store])
  return null
}
