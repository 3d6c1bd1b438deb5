import { describe, expect, it } from 'vitest';
import { toCollectionExport } from '../lib/collection-export.ts';
import { papers, ramario, topics } from '../lib/fixtures/papers.ts';
import type { Paper } from '../shared/paper-schema.ts';
import { collectionExportBytes, prepareExportPieces } from './export-pieces.ts';

/** The export's JSON text. */
const collectionExportJson = (...args: Parameters<typeof collectionExportBytes>): string => collectionExportBytes(...args).toString('utf8');

const pageUrl = (id: string) => `https://x.org/papers/${id}/`;
const expected = (list: readonly Paper[], site: string | null = 'https://x.org/') => JSON.stringify(toCollectionExport(list, topics, pageUrl, site));
/** Fresh record objects, as a build loads them: pieces belong to the objects they were made from. */
const load = (list: readonly Paper[]): Paper[] => JSON.parse(JSON.stringify(list)) as Paper[];

describe('collectionExportJson', () => {
	it('writes exactly what JSON.stringify writes of the export, with pieces made ahead or not', () => {
		const fresh = load(papers);
		expect(collectionExportJson(fresh, topics, pageUrl, 'https://x.org/')).toBe(expected(fresh));
		const ahead = load(papers);
		prepareExportPieces(ahead);
		expect(collectionExportJson(ahead, topics, pageUrl, 'https://x.org/')).toBe(expected(ahead));
		expect(collectionExportJson(ahead, topics, pageUrl)).toBe(expected(ahead, null));
	});

	it('puts each related paper at its position in this export, not where it was when the piece was made', () => {
		const ahead = load(papers);
		prepareExportPieces(ahead);
		const reordered = [...ahead].reverse();
		expect(collectionExportJson(reordered, topics, pageUrl)).toBe(expected(reordered, null));
		expect(JSON.parse(collectionExportJson(reordered, topics, pageUrl))).toEqual(toCollectionExport(reordered, topics, pageUrl, null));
	});

	it('leaves out a related paper the export lacks, as the export does', () => {
		const ahead = load(papers);
		prepareExportPieces(ahead);
		const without = ahead.filter((p) => p.id !== ramario.related[0]!.id);
		expect(collectionExportJson(without, topics, pageUrl)).toBe(expected(without, null));
	});

	it('writes a paper with no related papers, and an empty collection', () => {
		const alone = load([{ ...ramario, related: [] }]);
		prepareExportPieces(alone);
		expect(collectionExportJson(alone, topics, pageUrl)).toBe(expected(alone, null));
		expect(collectionExportJson([], topics, pageUrl)).toBe(expected([], null));
	});

	it('gives as bytes the UTF-8 of that text, from pieces made ahead or not, with text outside ASCII and a lone surrogate', () => {
		const odd = load(papers).map((p, i) => (i === 0 ? { ...p, title: `Ünïcödé — “quoted” 𝔼[x] \ud800 ${p.title}`, abstract: `${p.abstract} 数学 ✓` } : p));
		const fresh = load(odd);
		expect(collectionExportBytes(fresh, topics, pageUrl, 'https://x.org/').equals(Buffer.from(new TextEncoder().encode(expected(fresh))))).toBe(true);
		const ahead = load(odd);
		prepareExportPieces(ahead);
		const reordered = [...ahead].reverse();
		expect(collectionExportBytes(reordered, topics, pageUrl).equals(Buffer.from(new TextEncoder().encode(expected(reordered, null))))).toBe(true);
	});
});
