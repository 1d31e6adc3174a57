import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'
import { LanguageSwitcher } from './LanguageSwitcher'
import { Loc } from './Loc'
import { RouteLink } from './RouteLink'
import { SearchBox } from './SearchBox'
import { ShareDialog } from './ShareDialog'
import { ViewToggle } from './ViewToggle'

export function Header() {
  const { t } = useTranslation()
  const title = useExpo((s) => s.catalogue?.exhibition.title)
  return (
    <header className="site-header">
      <RouteLink place={{ name: 'ground' }} className="brand" aria-label={t('app.home')}>
        <span className="brand-mark" aria-hidden="true" />
        {title ? <Loc text={title} /> : null}
      </RouteLink>
      <SearchBox />
      <div className="header-tools">
        <ViewToggle />
        <LanguageSwitcher />
        <ShareDialog />
      </div>
    </header>
  )
}
