import { defineConfig } from 'vitest/config'

/** End-to-end tests: a real headless Chromium (from npm) against the built site in dist/. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time: SwiftShader is CPU-bound and these machines have two cores.
    fileParallelism: false,
  },
})
