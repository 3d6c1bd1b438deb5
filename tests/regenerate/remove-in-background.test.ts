/**
 * A replaced site is removed after the build returns: the swap puts the new folder in place,
 * the old one goes to a trash name recovery never restores, and a detached process deletes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite } from '../../scripts/write/recover.ts';
import { removeInBackground } from '../../scripts/write/remove-in-background.ts';
import { swapIn } from '../../scripts/write/write-generated.ts';

let root: string;
let target: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'paperfold-trash-'));
	target = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A site folder of `count` pages saying `text`. */
function site(dir: string, text: string, count = 200): void {
	for (let i = 0; i < count; i++) {
		mkdirSync(join(dir, `page-${i}`), { recursive: true });
		writeFileSync(join(dir, `page-${i}`, 'index.html'), `<p>${text} ${i}</p>`);
	}
}

/** Resolves once no `.dist.*` sibling is left, or fails after `ms`. */
async function noSiblingsWithin(ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (readdirSync(root).some((name) => name.startsWith('.dist.'))) {
		if (Date.now() > end) throw new Error(`still there: ${readdirSync(root).join(', ')}`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

describe('removeInBackground', () => {
	it('puts the new site in place at once and deletes the old one afterwards, outside the build', async () => {
		site(target, 'old');
		const tmp = join(root, `.dist.tmp-${process.pid}`);
		site(tmp, 'new');
		await swapIn(target, tmp, true, false, removeInBackground);
		// Published before the removal finished: the new pages are there, the old ones under a trash name.
		expect(readFileSync(join(target, 'page-7/index.html'), 'utf8')).toBe('<p>new 7</p>');
		expect(readdirSync(root).filter((name) => name.startsWith('.dist.') && !name.startsWith('.dist.trash-'))).toEqual([]);
		await noSiblingsWithin(10_000);
		expect(readdirSync(target)).toHaveLength(200);
	});

	it('leaves a trash folder to the next build when its remover died: recovery deletes it and never restores it', async () => {
		const child = spawn(process.execPath, ['-e', '']);
		await new Promise((done) => child.on('exit', done));
		const trash = join(root, `.dist.trash-${child.pid}`);
		site(trash, 'old', 3);
		// Even with no site in place, a half-deleted trash folder is not the previous output.
		expect(await recoverInterruptedWrite(target)).toEqual({ restored: null, removed: [trash] });
		expect(existsSync(target)).toBe(false);
		expect(readdirSync(root)).toEqual([]);
	});
});
