import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, fast) and `site` (tests that need the real site,
 * built once by tests/global-setup.ts). `npm test` runs both.
 */
export default defineConfig({
	test: {
		reporters: ['default', './tests/helpers/plain-summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
					testTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					globalSetup: ['tests/global-setup.ts'],
					// Real `astro build`s and a real browser on a 2-core machine.
					testTimeout: 300_000,
					hookTimeout: 900_000,
					fileParallelism: false,
				},
			},
		],
	},
});
