import { lazy, Suspense, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

const ShareForm = lazy(() => import('./ShareForm'))

/** Share the current view: its link, and the code that embeds it elsewhere, with a live preview. */
export function ShareDialog() {
  const { t } = useTranslation()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        {t('share.button')}
      </button>
      <dialog
        ref={dialog}
        className="share"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
            <ShareForm id={id} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  )
}
