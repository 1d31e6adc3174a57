import { createContext } from 'react'
import { createFrameStats, type FrameStats } from './frameStats'

export const FrameStatsContext = createContext<FrameStats>(createFrameStats())
