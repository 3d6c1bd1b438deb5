import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheArchivable, restoreCommand, saveCacheArchive } from './ci-cache.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'paperfold-ci-cache-'));
	made.push(dir);
	return dir;
};

describe('the CI cache archive', () => {
	it.runIf(cacheArchivable())('restores into a fresh project the cached folders it saved, and nothing else', () => {
		const project = tempDir();
		mkdirSync(join(project, '.paperfold-cache/astro'), { recursive: true });
		mkdirSync(join(project, 'content/papers'), { recursive: true });
		mkdirSync(join(project, 'dist'));
		writeFileSync(join(project, '.paperfold-cache/astro/page.html'), '<p>kept');
		writeFileSync(join(project, 'content/papers/a.mdx'), '---\n{}\n---\n');
		writeFileSync(join(project, 'dist/index.html'), 'not cached');
		const archive = join(tempDir(), 'cache.tzst');
		saveCacheArchive(project, archive);

		const fresh = tempDir();
		const { command, args } = restoreCommand(archive, fresh);
		expect(spawnSync(command, args).status).toBe(0);
		expect(readFileSync(join(fresh, '.paperfold-cache/astro/page.html'), 'utf8')).toBe('<p>kept');
		expect(readFileSync(join(fresh, 'content/papers/a.mdx'), 'utf8')).toBe('---\n{}\n---\n');
		expect(readdirSync(fresh).sort()).toEqual(['.paperfold-cache', 'content']);
	});
});
