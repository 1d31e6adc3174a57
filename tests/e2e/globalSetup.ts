/** Serves dist/ with vite preview for the whole end-to-end run; tests get the address. */
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | undefined

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first')
  server = await preview({
    configFile: false,
    preview: { port: 4317, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report an address')
  project.provide('baseUrl', url)
}

export async function teardown() {
  await server?.close()
}
