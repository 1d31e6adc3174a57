import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'

/** Visible notice of dropped items and of dev-server content errors: the show goes on. */
export function NoticeBar() {
  const { t } = useTranslation()
  const notices = useExpo((s) => s.notices)
  const contentErrors = useExpo((s) => s.contentErrors)
  const [dismissed, setDismissed] = useState(0)
  const lines = [...contentErrors, ...notices.map((n) => `${n.where}: ${n.message}`)]
  if (lines.length === 0 || dismissed === lines.length) return null
  return (
    <section className="notice" role="status" aria-live="polite">
      <details>
        <summary>
          {contentErrors.length
            ? t('app.contentErrorsTitle')
            : t('app.noticeTitle', { count: notices.length })}
        </summary>
        <ul>
          {lines.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="notice-close" onClick={() => setDismissed(lines.length)}>
        {t('app.dismiss')}
      </button>
    </section>
  )
}
