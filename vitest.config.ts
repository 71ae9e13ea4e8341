import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['utils/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
