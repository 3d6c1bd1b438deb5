/**
 * Builds the default site once for every test under tests/, under a GitHub Pages base path,
 * and shares it through `inject('site')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, removeCopy } from './helpers/build-site.ts';

export const BASE_PATH = '/paperfold/';

declare module 'vitest' {
	export interface ProvidedContext {
		site: { root: string; dist: string; base: string; stdout: string; stderr: string };
	}
}

export default function setup(project: TestProject) {
	const built = buildSite({ env: { BASE_PATH, SITE_URL: 'https://example.github.io' } });
	project.provide('site', { root: built.root, dist: built.dist, base: BASE_PATH, stdout: built.stdout, stderr: built.stderr });
	return () => removeCopy(built.root);
}
