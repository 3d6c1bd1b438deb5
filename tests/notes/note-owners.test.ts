/**
 * A reader's note stays with the paper it was written for, end to end through the real
 * generator (`scripts/build.ts --no-site`) on a throwaway copy: two papers with one title
 * both get id-derived slugs, and when one is dropped its twin takes the bare slug but not
 * the note written there for the dropped paper, which is reported and withheld.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

const TITLE = 'Curiosity-Driven Exploration with Sparse Rewards in Procedurally Generated Mazes';
const card = (arxivId: string, abstract: string) =>
	` [-] 3\n${TITLE}\nhttps://huggingface.co/papers/${arxivId}\n\n${abstract}\n\n  • 3 authors\n·\nJan 9, 2024\n`;
const FIRST = card('2401.04417', 'Agents trained with sparse rewards rarely reach the goal of a large maze by chance.');
const SECOND = card('2406.11873', 'We revisit curiosity bonuses for navigation in mazes where the only reward is at the exit.');
const SLUG = 'curiosity-driven-exploration-with-sparse-rewards-in-procedurally-generated-mazes';

let root: string;
const listing = (...cards: string[]) => writeFileSync(join(root, 'listing.txt'), `Daily Papers\n\n${cards.join('\n')}`);
const generate = () => {
	const run = runBuild(root, ['--no-site', '--source', 'listing.txt']);
	if (run.status !== 0) throw new Error(`generation failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
	return run;
};
const owners = () => JSON.parse(readFileSync(join(root, 'content/papers/_note-owners.json'), 'utf8'));
const page = (slug: string) => readFileSync(join(root, 'content/papers', `${slug}.mdx`), 'utf8');

beforeAll(() => {
	root = copyProject('paperfold-note-owners-');
	mkdirSync(join(root, 'content/notes'), { recursive: true });
});
afterAll(() => removeCopy(root));

describe('a note whose slug changes owner', () => {
	it('is recorded for the paper it was first shown on', () => {
		listing(FIRST);
		writeFileSync(join(root, 'content/notes', `${SLUG}.md`), 'My notes on the corridor-count paper.\n');
		generate();
		expect(page(SLUG)).toContain('2401.04417');
		expect(owners()).toEqual({ owners: { [SLUG]: 'arxiv:2401.04417' }, withheld: [] });
	});

	it('gives both same-titled papers a slug from their arXiv id, so neither owns the bare slug', () => {
		listing(FIRST, SECOND);
		const run = generate();
		expect(page(`${SLUG}-2401-04417`)).toContain('2401.04417');
		expect(page(`${SLUG}-2406-11873`)).toContain('2406.11873');
		expect(run.stderr).toContain(`${SLUG}.md: warning: no paper with this id any more`);
	});

	it('is withheld and reported when the twin takes the slug after its own paper is dropped', () => {
		listing(SECOND);
		const run = generate();
		expect(page(SLUG)).toContain('2406.11873');
		expect(run.stderr).toMatch(new RegExp(`${SLUG}\\.md: warning: written for arxiv:2401\\.04417, but its slug now belongs to arxiv:2406\\.11873`));
		expect(owners()).toEqual({ owners: { [SLUG]: 'arxiv:2401.04417' }, withheld: [SLUG] });
	});
});
