import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // next-intl's navigation imports `next/navigation` without an extension, which Node's ESM
    // resolver refuses: Vite resolves it instead.
    server: { deps: { inline: ['next-intl'] } },
    // No retries: a test that fails under load is a defect to fix, not to rerun.
    retry: 0,
    // In-process tests get 20 s (Vitest's 5 s default is too tight on a busy 2-core machine, where
    // the first render of a share image alone can take seconds); tests that spawn tools set their own.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
