import { useTranslation } from 'react-i18next'

export interface LoadingBarProps {
  /** 0..1, or undefined while the amount is not yet known. */
  value?: number | undefined
}

/** Progress of the 3D ground's preparation, over the canvas; the pages stay usable beside it. */
export function LoadingBar({ value }: LoadingBarProps) {
  const { t } = useTranslation()
  const percent = value === undefined ? undefined : Math.round(value * 100)
  return (
    <div className="loading-bar" role="status">
      <progress max={100} value={percent} aria-label={t('scene.loading')} />
      <span>{percent === undefined ? t('scene.loading') : t('scene.progress', { percent })}</span>
    </div>
  )
}
