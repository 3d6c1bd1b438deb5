import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paperRecordPath, paperRecordsDir } from './paper-records.ts';
import { readRecordsAhead, takeRecordsAhead } from './records-ahead.ts';

let cacheDir: string;

beforeEach(() => {
	cacheDir = mkdtempSync(join(tmpdir(), 'records-ahead-'));
	delete (globalThis as Record<symbol, unknown>)[Symbol.for('paperfold.recordsAhead')];
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('readRecordsAhead', () => {
	it('reads every kept record by digest, leaving out unreadable files and leftovers of killed writes', async () => {
		mkdirSync(paperRecordsDir(cacheDir), { recursive: true });
		writeFileSync(paperRecordPath(cacheDir, 'abc'), JSON.stringify({ id: 'paper-a' }));
		writeFileSync(paperRecordPath(cacheDir, 'def'), JSON.stringify({ id: 'paper-b' }));
		writeFileSync(paperRecordPath(cacheDir, 'bad'), '{"id": "cut sh');
		writeFileSync(`${paperRecordPath(cacheDir, 'ghi')}.123.x.tmp`, JSON.stringify({ id: 'paper-c' }));
		readRecordsAhead(cacheDir);
		const records = await takeRecordsAhead();
		expect([...records.keys()].sort()).toEqual(['abc', 'def']);
		expect(records.get('abc')).toEqual({ id: 'paper-a' });
	});

	it('reads a folder of more records than one slice reads between two turns of the event loop', async () => {
		mkdirSync(paperRecordsDir(cacheDir), { recursive: true });
		for (let i = 0; i < 300; i++) writeFileSync(paperRecordPath(cacheDir, `d${i}`), JSON.stringify({ id: `paper-${i}` }));
		readRecordsAhead(cacheDir);
		const records = await takeRecordsAhead();
		expect(records.size).toBe(300);
		expect(records.get('d299')).toEqual({ id: 'paper-299' });
	});

	it('hands the records over once, and reads nothing again in the same process', async () => {
		mkdirSync(paperRecordsDir(cacheDir), { recursive: true });
		writeFileSync(paperRecordPath(cacheDir, 'abc'), JSON.stringify({ id: 'paper-a' }));
		readRecordsAhead(cacheDir);
		expect((await takeRecordsAhead()).size).toBe(1);
		readRecordsAhead(cacheDir);
		expect((await takeRecordsAhead()).size).toBe(0);
	});

	it('gives nothing when no reading was started or nothing is kept', async () => {
		expect((await takeRecordsAhead()).size).toBe(0);
		readRecordsAhead(join(cacheDir, 'none'));
		expect((await takeRecordsAhead()).size).toBe(0);
	});
});
