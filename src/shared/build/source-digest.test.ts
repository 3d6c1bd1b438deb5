import { describe, expect, it } from 'vitest';
import { lockedVersions, sourceDigest } from './source-digest.ts';

const files = [
	{ path: 'scripts/a.ts', content: 'export const a = 1;\n' },
	{ path: 'scripts/deep/b.ts', content: new TextEncoder().encode('export const b = 2;\n') },
];
const lockfile = JSON.stringify({ packages: { '': { name: 'paperfold' }, 'node_modules/yaml': { version: '2.9.1' }, 'node_modules/a/node_modules/yaml': { version: '1.0.0' } } });

describe('lockedVersions', () => {
	it('lists every resolved package with its version, sorted', () => {
		expect(lockedVersions(lockfile)).toBe('node_modules/a/node_modules/yaml@1.0.0\nnode_modules/yaml@2.9.1');
	});

	it('gives an unreadable lockfile back as it is, so it still counts', () => {
		expect(lockedVersions('{ not json')).toBe('{ not json');
	});
});

describe('sourceDigest', () => {
	const digest = (parts: Partial<Parameters<typeof sourceDigest>[0]> = {}) => sourceDigest({ files, lockfile, ...parts });

	it('gives the same digest for the same files in any order', () => {
		expect(digest({ files: [...files].reverse() })).toBe(digest());
		expect(digest()).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes with a file’s content, a file’s path, a package version or a data file', () => {
		const seen = new Set([
			digest(),
			digest({ files: [files[0]!, { path: 'scripts/deep/b.ts', content: 'export const b = 3;\n' }] }),
			digest({ files: [files[0]!, { ...files[1]!, path: 'scripts/deep/c.ts' }] }),
			digest({ lockfile: lockfile.replace('2.9.1', '2.9.2') }),
			digest({ data: [{ file: 'content/lexicons/models.yaml', text: '- name: X\n' }] }),
		]);
		expect(seen.size).toBe(5);
	});

	it('does not confuse where one file ends and the next begins', () => {
		const split = (a: string, b: string) => digest({ files: [{ path: 'a', content: a }, { path: 'b', content: b }] });
		expect(split('xy', 'z')).not.toBe(split('x', 'yz'));
	});
});
