import { useTranslation } from 'react-i18next'
import { RouteLink } from './RouteLink'

export interface NotFoundProps {
  path?: string
  /** A ready sentence (e.g. "There is no pavilion …") instead of the generic one. */
  message?: string
}

export function NotFound({ path = '', message }: NotFoundProps) {
  const { t } = useTranslation()
  return (
    <section className="not-found" role="alert">
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.body', { path })}</p>
      <p>
        <RouteLink place={{ name: 'ground' }} className="button">
          {t('notFound.home')}
        </RouteLink>
      </p>
    </section>
  )
}
