/**
 * A reader's note stays with the paper it was written for, end to end through the real
 * generator (`scripts/build.ts --no-site`) on a throwaway copy: two papers with one title
 * both get id-derived slugs, and when one is dropped its twin takes the bare slug but not
 * the note written there for the dropped paper, which is reported and withheld, and the
 * built site (`scripts/build.ts`) shows it nowhere.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

const TITLE = 'Curiosity-Driven Exploration with Sparse Rewards in Procedurally Generated Mazes';
const card = (arxivId: string, abstract: string) =>
	` [-] 3\n${TITLE}\nhttps://huggingface.co/papers/${arxivId}\n\n${abstract}\n\n  • 3 authors\n·\nJan 9, 2024\n`;
const FIRST = card('2401.04417', 'Agents trained with sparse rewards rarely reach the goal of a large maze by chance.');
const SECOND = card('2406.11873', 'We revisit curiosity bonuses for navigation in mazes where the only reward is at the exit.');
const SLUG = 'curiosity-driven-exploration-with-sparse-rewards-in-procedurally-generated-mazes';
const NOTE = 'My notes on the corridor-count paper.';

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
		writeFileSync(join(root, 'content/notes', `${SLUG}.md`), `${NOTE}\n`);
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

describe('a withheld note in the built site', () => {
	const OTHER = 'reward-machines-exploiting-reward-function-structure-in-reinforcement-learning';
	const OTHER_NOTE = 'Reward machines as automata over labels.';
	const other = ` [-] 5\nReward Machines: Exploiting Reward Function Structure in Reinforcement Learning\nhttps://huggingface.co/papers/2010.03950\n\nReinforcement learning agents usually see the reward function as a black box; we expose its structure as a finite-state machine and use it to decompose the task.\n\n  • 4 authors\n·\nOct 6, 2020\n`;
	/** Every text file of the built site, by path. */
	const texts = (dir: string): [string, string][] =>
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.(html|js|json|xml|txt)$/.test(entry.name))
			.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]);

	it("is not on the page of the paper that now has its slug, nor anywhere else, while another paper's note is shown", () => {
		listing(SECOND, other);
		writeFileSync(join(root, 'content/notes', `${OTHER}.md`), `${OTHER_NOTE}\n`);
		const run = runBuild(root, ['--source', 'listing.txt']);
		expect(run.status, run.stderr).toBe(0);
		expect(owners().withheld).toEqual([SLUG]);

		const twin = readFileSync(join(root, 'dist/papers', SLUG, 'index.html'), 'utf8');
		expect(twin).toContain('2406.11873');
		expect(twin).not.toContain(NOTE);
		expect(readFileSync(join(root, 'dist/papers', OTHER, 'index.html'), 'utf8')).toContain(OTHER_NOTE);
		expect(texts(join(root, 'dist')).filter(([, text]) => text.includes(NOTE)).map(([path]) => path)).toEqual([]);
	});
});
