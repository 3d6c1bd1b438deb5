import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesLinking } from './folder-link.ts';
import { SIGNATURE, unwrap } from './pagefind-bundle-format.ts';
import { cachedIndexFiles, reuseIndex, saveIndex } from './pagefind-reuse.ts';
import { readBundleAhead } from './search-bundle-ahead.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const wrapped = (text: string) => gzipSync(Buffer.concat([SIGNATURE, Buffer.from(text)]));

/** A cached index of three files (`saveIndex`) and a published bundle holding two of them as they are, one changed. */
function setUp() {
	dir = mkdtempSync(join(tmpdir(), 'search-bundle-ahead-'));
	const cacheDir = join(dir, 'cache');
	const written = join(dir, 'written');
	const files = new Map([
		['index/en_1.pf_index', wrapped('chunk one')],
		['fragment/en_a.pf_fragment', wrapped('{"url":"/a/"}')],
		['pagefind-entry.json', Buffer.from('{"version":"1"}')],
	]);
	mkdirSync(join(written, 'index'), { recursive: true });
	mkdirSync(join(written, 'fragment'));
	for (const [path, body] of files) writeFileSync(join(written, path), body);
	saveIndex(cacheDir, 'digest', written, files);
	const published = join(dir, 'published');
	cpSync(written, published, { recursive: true });
	writeFileSync(join(published, 'pagefind-entry.json'), '{"version":"2"}');
	return { cacheDir, published, files };
}

describe('readBundleAhead', () => {
	it('reads the cached index, inflates its chunks and finds the published files that hold its bytes', async () => {
		const { cacheDir, published, files } = setUp();
		const ahead = await readBundleAhead(cacheDir, published, () => false);
		expect(ahead.files).toEqual(files);
		const chunk = ahead.files!.get('index/en_1.pf_index')!;
		expect(ahead.inflated.get(chunk)).toEqual(unwrap(files.get('index/en_1.pf_index')!));
		expect([...ahead.published.keys()].sort()).toEqual(['fragment/en_a.pf_fragment', 'index/en_1.pf_index']);
		expect(ahead.published.get('index/en_1.pf_index')!.body).toBe(chunk);
	});

	it('stops once the job has begun', async () => {
		const { cacheDir, published } = setUp();
		const ahead = await readBundleAhead(cacheDir, published, () => true);
		expect(ahead.files).toBeNull();
		let looks = 0;
		// Begun after the cached index was read: its chunks are left to the job.
		const partial = await readBundleAhead(cacheDir, published, () => looks++ > 0);
		expect(partial.files).toEqual(cachedIndexFiles(cacheDir));
		expect(partial.inflated.size).toBe(0);
		expect(partial.published.size).toBe(0);
	});

	it('gives a reused or linked bundle the same files, linked where the published file is still the one compared', async () => {
		const { cacheDir, published, files } = setUp();
		const ahead = await readBundleAhead(cacheDir, published, () => false);
		// Rewritten after it was read ahead, with other bytes of the same length: read and compared again, so written.
		writeFileSync(join(published, 'fragment/en_a.pf_fragment'), Buffer.alloc(files.get('fragment/en_a.pf_fragment')!.length));
		const out = join(dir, 'out');
		expect(reuseIndex(cacheDir, 'digest', out, published, ahead)).toBe(true);
		expect(cachedIndexFiles(join(dir, 'cache'))).toEqual(files);
		for (const [path, body] of files) expect(statSync(join(out, path)).size).toBe(body.length);
		expect(statSync(join(out, 'index/en_1.pf_index')).ino).toBe(statSync(join(published, 'index/en_1.pf_index')).ino);
		expect(statSync(join(out, 'fragment/en_a.pf_fragment')).ino).not.toBe(statSync(join(published, 'fragment/en_a.pf_fragment')).ino);
		expect(statSync(join(out, 'pagefind-entry.json')).ino).not.toBe(statSync(join(published, 'pagefind-entry.json')).ino);
		// Another buffer than the one compared ahead is read and compared as before.
		const again = join(dir, 'again');
		const copy = new Map([...files].map(([path, body]) => [path, Buffer.from(body)]));
		expect(writeFilesLinking(copy, again, published, ahead.published)).toBe(1);
	});
});
