import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipExportAhead, takeExportGzip } from '../shared/build/export-gzip-ahead.ts';
import { segmentEnds } from '../shared/build/segmented-gzip.ts';
import { collectionFile } from '../lib/collection-file.ts';
import { publishExport } from './large-export.ts';

const json = JSON.stringify({ format: 'paperfold-collection', papers: [{ abstract: 'Offline RL with ünïcode. '.repeat(40) }] });
/** Its gzip is several segments (src/shared/build/segmented-gzip.ts), compressed one way ahead and another after: both must give the same bytes. */
const large = JSON.stringify({ papers: Array.from({ length: 20_000 }, (_, i) => ({ id: `p-${i}`, abstract: `Paper ${(i * 7919) % 10007} ünï ${i.toString(36)}` })) });

describe('publishExport, after the build', () => {
	let dir: string;
	afterEach(() => {
		takeExportGzip();
		rmSync(dir, { recursive: true, force: true });
	});

	it('replaces a built papers.json, however small, with papers.json.gz holding the same JSON', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		writeFileSync(join(dir, 'papers.json'), json);
		expect(await publishExport(dir)).toBe('papers.json.gz');
		expect(readdirSync(dir)).toEqual(['papers.json.gz']);
		expect(gunzipSync(readFileSync(join(dir, 'papers.json.gz'))).toString('utf8')).toBe(json);
	});

	it('does nothing where no export was built', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		expect(await publishExport(dir)).toBeNull();
		expect(readdirSync(dir)).toEqual([]);
	});

	it('publishes the gzip the route started, byte for byte the file the build would have compressed', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		writeFileSync(join(dir, 'papers.json'), large);
		gzipExportAhead(new TextEncoder().encode(large));
		const ahead = takeExportGzip()!;
		expect(await publishExport(dir, ahead)).toBe('papers.json.gz');
		expect(readFileSync(join(dir, 'papers.json.gz')).equals((await ahead.gzipped)!)).toBe(true);
		expect(readFileSync(join(dir, 'papers.json.gz')).equals(collectionFile(Buffer.from(large)).body)).toBe(true);
	});

	it('publishes the same bytes when the gzip took the segments the last build deflated, and keeps only the ones it used', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		const kept = join(dir, 'segments');
		gzipExportAhead(new TextEncoder().encode(large), kept);
		await takeExportGzip()!.gzipped;
		const edited = large.replace('Paper 7919', 'Paper 7919 edited');
		gzipExportAhead(new TextEncoder().encode(edited), kept);
		const ahead = takeExportGzip()!;
		expect((await ahead.gzipped)!.equals(collectionFile(Buffer.from(edited)).body)).toBe(true);
		expect(readdirSync(kept).length).toBe(segmentEnds(Buffer.from(edited)).length);
	});

	it("publishes the handed-over export where the build wrote the route's stand-in, as it would the file itself", async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		const standIn = gzipExportAhead(new TextEncoder().encode(large));
		expect(standIn.length).toBeLessThan(200);
		writeFileSync(join(dir, 'papers.json'), standIn);
		expect(await publishExport(dir)).toBe('papers.json.gz');
		expect(readdirSync(dir)).toEqual(['papers.json.gz']);
		expect(readFileSync(join(dir, 'papers.json.gz')).equals(collectionFile(Buffer.from(large)).body)).toBe(true);
	});

	it('compresses the file itself when it holds other bytes than the route handed over', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		writeFileSync(join(dir, 'papers.json'), json);
		gzipExportAhead(new TextEncoder().encode(large));
		expect(await publishExport(dir)).toBe('papers.json.gz');
		expect(gunzipSync(readFileSync(join(dir, 'papers.json.gz'))).toString('utf8')).toBe(json);
		expect(takeExportGzip()).toBeUndefined();
	});
});
