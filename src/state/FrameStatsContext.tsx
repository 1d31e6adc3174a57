import { createContext } from 'react'
import { createFrameStats, type FrameStats } from './frameStats'
import { createLiveInput } from './liveInput'

export const FrameStatsContext = createContext<FrameStats>(createFrameStats())

export const LiveInputContext = createContext(createLiveInput())
