/** Composition: providers, the route sync, catalogue loading, language, and the two views. */
import { useEffect, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { RouteSync } from './RouteSync'
import { StoreContext } from '../state/StoreContext'
import { FrameStatsContext } from '../state/FrameStatsContext'
import type { FrameStats } from '../state/frameStats'
import type { ExpoStore } from '../state/store'
import { Shell } from '../ui/Shell'
import { LanguageSync } from './LanguageSync'
import { CityLoader } from './CityLoader'
import { PartsLoader } from './PartsLoader'
import { Reconnect } from './Reconnect'
import { SearchLoader } from './SearchLoader'
import { Stage } from './Stage'
import { TourDirector } from './TourDirector'
import { LiveInputContext } from '../state/FrameStatsContext'
import { createLiveInput } from '../state/liveInput'

export interface AppProps {
  store: ExpoStore
  i18n: I18n
  stats: FrameStats
  /** Page chrome (header, footer); embeds have none. */
  chrome?: boolean
  /**
   * Inside a partner's page: the protocol bridge (app/EmbedBridge) instead of the address bar;
   * passed in by embed.tsx so that the site's own bundle never carries it.
   */
  bridge?: ReactNode
  children?: ReactNode
}

export function App({ store, i18n, stats, chrome = true, bridge, children }: AppProps) {
  const [live] = useState(createLiveInput)
  useEffect(() => {
    document.body.dataset.expoMounted = 'true'
  }, [])
  return (
    <StoreContext.Provider value={store}>
      <FrameStatsContext.Provider value={stats}>
        <LiveInputContext.Provider value={live}>
          <I18nextProvider i18n={i18n}>
            {bridge ?? <RouteSync />}
            <LanguageSync />
            <CityLoader />
            <Reconnect />
            <SearchLoader />
            <PartsLoader />
            <Shell chrome={chrome} stage={<Stage />} />
            <TourDirector />
            {children}
          </I18nextProvider>
        </LiveInputContext.Provider>
      </FrameStatsContext.Provider>
    </StoreContext.Provider>
  )
}
