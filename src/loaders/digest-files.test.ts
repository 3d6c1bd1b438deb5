import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { digestFilePath, digestsIn, writeJsonAtomically } from './digest-files.ts';

describe('digestsIn', () => {
	it('lists the digests of a folder\'s files, leaving out leftovers of killed writes, and none of a missing folder', async () => {
		const root = mkdtempSync(join(tmpdir(), 'digest-files-'));
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		const folder = join(root, 'paper-records');
		expect(await digestsIn(folder)).toEqual(new Set());
		writeJsonAtomically(digestFilePath(folder, 'abc123'), { id: 'a' });
		writeJsonAtomically(digestFilePath(folder, 'def-456'), { id: 'b' });
		writeFileSync(`${digestFilePath(folder, 'ghi789')}.4242.x1y2.tmp`, '{"id":');
		mkdirSync(join(folder, 'notes'));
		expect(await digestsIn(folder)).toEqual(new Set(['abc123', 'def-456']));
	});
});
