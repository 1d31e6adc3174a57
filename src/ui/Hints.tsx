import { useState } from 'react'
import { useTranslation } from 'react-i18next'

const SEEN_KEY = 'creative-cities-expo:hints-seen'

function seen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1'
  } catch {
    return false
  }
}

/** First-visit hints that fit the device: mouse or touch, and the keyboard. */
export function Hints() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(() => !seen())
  if (!open) return null
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false
  return (
    <aside className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{t('hints.title')}</h2>
      <p>{touch ? t('hints.touch') : t('hints.mouse')}</p>
      {touch ? null : <p>{t('hints.keyboard')}</p>}
      <button
        type="button"
        className="button"
        onClick={() => {
          try {
            localStorage.setItem(SEEN_KEY, '1')
          } catch {
            // The hints come back next time; nothing else is lost.
          }
          setOpen(false)
        }}
      >
        {t('hints.ok')}
      </button>
    </aside>
  )
}
