import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseLexicons } from '../annotate/lexicons.ts';
import { parseTaxonomy } from '../annotate/taxonomy.ts';
import { configKey, readParsedConfig, type ParsedConfig } from './config-cache.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lexiconFiles = [{ file: 'lexicons/models.yaml', text: '- name: Orbit-7B\n  aliases: [Orbit 7B]\n' }];
const taxonomyFile = {
	file: 'taxonomy.yaml',
	text: 'topics:\n  - id: tides\n    title: Tides\n    description: Sea levels.\n    match:\n      any: [tidal range, /\\bneap\\b/i]\n',
};
const parseBoth = (): ParsedConfig => ({ taxonomy: parseTaxonomy(taxonomyFile.text, taxonomyFile.file), lexicons: parseLexicons(lexiconFiles) });

describe('configKey', () => {
	it('changes with the version, a text or a file name', () => {
		const key = configKey('v1', taxonomyFile, lexiconFiles);
		expect(configKey('v1', taxonomyFile, lexiconFiles)).toBe(key);
		expect(configKey('v2', taxonomyFile, lexiconFiles)).not.toBe(key);
		expect(configKey('v1', null, lexiconFiles)).not.toBe(key);
		expect(configKey('v1', { ...taxonomyFile, text: `${taxonomyFile.text}\n` }, lexiconFiles)).not.toBe(key);
		expect(configKey('v1', taxonomyFile, [{ ...lexiconFiles[0]!, file: 'lexicons/datasets.yaml' }])).not.toBe(key);
	});
});

describe('readParsedConfig', () => {
	it('reads back what a saved parse gave, compiled patterns included, without parsing again', () => {
		const file = join(dir, 'config.v8');
		const first = readParsedConfig(file, 'k1', parseBoth);
		first.save();
		const parse = vi.fn(parseBoth);
		const { config } = readParsedConfig(file, 'k1', parse);
		expect(parse).not.toHaveBeenCalled();
		expect(config).toEqual(first.config);
		const [range, neap] = config.taxonomy!.topics[0]!.any;
		expect('Spring Tidal-Ranges and NEAP tides'.match(range!.pattern)).toEqual(['Tidal-Ranges']);
		expect(neap!.pattern.flags).toBe('gi');
	});

	it('parses again under another key, and keeps nothing that was not saved', () => {
		const file = join(dir, 'config.v8');
		readParsedConfig(file, 'k1', parseBoth).save();
		const parse = vi.fn(parseBoth);
		readParsedConfig(file, 'k2', parse);
		readParsedConfig(file, 'k2', parse);
		expect(parse).toHaveBeenCalledTimes(2);
	});

	it('parses when the kept file is damaged', () => {
		const file = join(dir, 'config.v8');
		writeFileSync(file, 'not a serialised value');
		const parse = vi.fn(parseBoth);
		expect(readParsedConfig(file, 'k1', parse).config).toEqual(parseBoth());
		expect(parse).toHaveBeenCalledOnce();
	});

	it('lets a parse that fails throw, and keeps no file for it', () => {
		const file = join(dir, 'config.v8');
		const failing = () => ({ taxonomy: parseTaxonomy('topics: [', 'taxonomy.yaml'), lexicons: parseLexicons([]) });
		expect(() => readParsedConfig(file, 'k1', failing)).toThrow(/taxonomy\.yaml:1/);
		expect(readParsedConfig(file, 'k1', parseBoth).config).toEqual(parseBoth());
	});
});
