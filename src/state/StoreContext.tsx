import { createContext } from 'react'
import type { ExpoStore } from './store'

export const StoreContext = createContext<ExpoStore | null>(null)
