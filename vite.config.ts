/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { catalogue } from './scripts/vite-plugin-catalogue.ts'
import { regions } from './scripts/vite-plugin-regions.ts'

export default defineConfig(({ mode }) => {
  // Unit tests run in mode "test"; a build started from a test (the budget e2e) is "production".
  const testing = mode === 'test'
  return {
    // Pages live at paths (/fr/city/x/); `npm run build -- --base /expo/` serves them under a
    // sub-path. Every page carries <base href>, so relative asset addresses work at any depth.
    base: '/',
    plugins: [react(), regions(), ...(testing ? [] : [catalogue()])],
    build: {
      target: 'es2022',
      // The 3D chunk (three + fiber + drei) is large by nature and loaded lazily, never on the first screen.
      chunkSizeWarningLimit: 1200,
      sourcemap: false,
      rolldownOptions: {
        // embed.js (the custom element) is built on its own by the catalogue plugin, so the
        // partner page never shares a chunk with the app.
        input: { index: 'index.html', embed: 'embed.html' },
      },
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    // Vitest: one copy of three (see STACK.md), jsdom for the DOM.
    ...(testing ? { resolve: { mainFields: ['module', 'main'] } } : {}),
    test: {
      environment: 'node',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      server: { deps: { inline: [/@react-three/, /three-stdlib/, /maath/, /troika/] } },
    },
  }
})
