import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['**/node_modules/**', '**/dist/**'],
		// Site-building and browser tests run real `astro build`s on a 2-core machine.
		testTimeout: 300_000,
		hookTimeout: 900_000,
	},
});
