import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from './args.ts';

describe('parseBuildArgs', () => {
	it('defaults to the bundled sources and a full site build', () => {
		expect(parseBuildArgs([])).toEqual({
			sources: [],
			out: 'content/papers',
			dist: 'dist',
			taxonomy: 'content/taxonomy.yaml',
			lexicons: 'content/lexicons',
			notes: 'content/notes',
			strict: false,
			site: true,
			help: false,
		});
	});

	it('collects repeated --source flags in order', () => {
		expect(parseBuildArgs(['--source', 'a.bib', '--source', 'b/*.json']).sources).toEqual(['a.bib', 'b/*.json']);
	});

	it('reads --strict, --no-site and -h', () => {
		const options = parseBuildArgs(['--strict', '--no-site', '-h']);
		expect([options.strict, options.site, options.help]).toEqual([true, false, true]);
	});

	it('throws on an unknown option', () => {
		expect(() => parseBuildArgs(['--sauce'])).toThrow(/Unknown option '--sauce'/);
	});
});
