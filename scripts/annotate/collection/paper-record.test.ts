import { describe, expect, it } from 'vitest';
import { PaperSchema, type Paper } from '../../../src/shared/paper-schema.ts';
import { createRawPaper } from '../../ingest/raw-paper.ts';
import { paperRecord } from './paper-record.ts';

const raw = createRawPaper({
	title: 'A title',
	abstract: 'We propose X.',
	source: { file: 'listing.txt', format: 'hf-page', line: 3 },
});
const span = { start: 0, end: 13, text: 'We propose X.' };
const text = { claims: [], acronyms: [], entities: [], keyphrases: [], summary: { problem: [], approach: [span], results: [] }, tldr: span };

describe('paperRecord', () => {
	it('lists the fields in schema order whatever order the parts came in', () => {
		const record = paperRecord({ related: [], topics: [{ id: 't', derived: true }], ...text, ...raw, id: 'a-title' });
		expect(Object.keys(record)).toEqual(Object.keys(PaperSchema().shape));
		expect(PaperSchema().parse(record)).toEqual(record);
	});

	it('leaves out fields the schema does not hold', () => {
		const parts = { ...raw, ...text, id: 'a-title', topics: [{ id: 't', derived: false }], related: [], parserNote: 'x' } as Paper;
		expect(paperRecord(parts)).not.toHaveProperty('parserNote');
	});

	it('layers its parts as a spread would, and reads a part\'s getter only when the record\'s field is read', () => {
		let reads = 0;
		const lazyText = { ...text };
		Object.defineProperty(lazyText, 'tldr', { enumerable: true, configurable: true, get: () => (reads++, span) });
		const collection = { id: 'a-title', topics: [{ id: 't', derived: false }], related: [], keyphrases: [span] };
		const record = paperRecord(raw, lazyText, collection);
		expect(reads).toBe(0);
		expect(Object.keys(record)).toEqual(Object.keys(PaperSchema().shape));
		expect(JSON.stringify(record)).toBe(JSON.stringify(paperRecord({ ...raw, ...text, ...collection })));
		expect(reads).toBe(1);
		expect(record.keyphrases).toEqual([span]);
	});

	it('keeps each value as the parts give it', () => {
		const record = paperRecord({ ...raw, ...text, id: 'a-title', topics: [{ id: 't', derived: false }], related: [] });
		expect(record.tldr).toBe(span);
		expect(record.sources).toEqual([{ file: 'listing.txt', format: 'hf-page', line: 3 }]);
		expect(record.title).toBe('A title');
	});
});
