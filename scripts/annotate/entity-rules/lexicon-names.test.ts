import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { loadLexicons, loadSeedPapers } from '../fixtures/seed.ts';
import { emptyLexicons, parseLexicons, type Lexicons } from '../lexicons.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { entityContext } from '../testing/entity-context.ts';
import { lexiconIndex, lexiconMatches, lexiconNames } from './lexicon-names.ts';
import { namedAcronyms } from './named-acronyms.ts';

const lexiconsOf = (method: Lexicons['method']): Lexicons => ({ ...emptyLexicons(), method });
const matches = (text: string, lexicons: Lexicons) => lexiconMatches(text, lexiconIndex(lexicons)).map((m) => `${m.start}:${m.text}:${m.hit.entry.name}`);

/** The matcher of before the word index: one alternation of every form, longest first. */
function alternationMatches(text: string, lexicons: Lexicons): string[] {
	const { lookup } = lexiconIndex(lexicons);
	const multi = (form: string) => /\s/.test(form) || /^[a-z]+(?:[-–][a-z]+)+$/.test(form);
	const forms = [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	const body = forms.map((f) => (multi(f) ? escapeRegExp(f).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/\s+/g, '\\s+') : escapeRegExp(f)));
	const pattern = new RegExp(`(?<![A-Za-z0-9-]|[A-Za-z]–)(?:${body.join('|')})(?![A-Za-z0-9])`, 'g');
	return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}:${(lookup.get(m[0]) ?? lookup.get(m[0].toLowerCase().replace(/\s+/g, ' ')))!.entry.name}`);
}

describe('lexiconMatches', () => {
	const lexicons = lexiconsOf([
		{ name: 'Monte Carlo Tree Search', aliases: ['MCTS'] },
		{ name: 'kinetic Monte Carlo', aliases: ['kinetic Monte Carlo simulations'] },
		{ name: 'kriging', aliases: ['Kriging', 'ordinary kriging'] },
		{ name: 'expectation-maximization', aliases: [] },
		{ name: 'TD3+BC', aliases: [] },
		{ name: 'TD3', aliases: [] },
		{ name: '(+)-catalysis', aliases: [] },
	]);

	it('scans an abstract once for the rules that read its lexicon names in turn, and any other text or lexicons afresh', () => {
		const index = lexiconIndex(lexicons);
		const text = 'Paths were planned with MCTS and maps made by ordinary kriging.';
		const first = lexiconMatches(text, index);
		expect(lexiconMatches(text, index)).toBe(first);
		expect(lexiconMatches('Kriging alone.', index).map((m) => m.text)).toEqual(['Kriging']);
		const other = lexiconIndex(lexiconsOf([{ name: 'MCTS', aliases: [] }]));
		expect(lexiconMatches(text, other).map((m) => m.text)).toEqual(['MCTS']);
		expect(lexiconMatches(text, index).map((m) => m.text)).toEqual(['MCTS', 'ordinary kriging']);
	});

	it('scans each abstract of a group once when the rules read the whole group one rule after another', () => {
		const index = lexiconIndex(lexicons);
		const group = Array.from({ length: 25 }, (_, i) => `Paper ${i} planned paths with MCTS.`);
		const first = group.map((text) => lexiconMatches(text, index));
		group.forEach((text, i) => expect(lexiconMatches(text, index)).toBe(first[i]));
		expect(first[3]!.map((m) => m.text)).toEqual(['MCTS']);
	});

	it('takes the longest form that begins at a word, then resumes after it', () => {
		expect(matches('Growth used kinetic Monte Carlo simulations and Monte Carlo Tree Search.', lexicons)).toEqual([
			'12:kinetic Monte Carlo simulations:kinetic Monte Carlo',
			'48:Monte Carlo Tree Search:Monte Carlo Tree Search',
		]);
		expect(matches('TD3+BC beats TD3.', lexicons)).toEqual(['0:TD3+BC:TD3+BC', '13:TD3:TD3']);
	});

	it('reads several words in any case and spacing, a single word only as written', () => {
		expect(matches('ORDINARY  Kriging\nand KINETIC monte carlo', lexicons)).toEqual(['0:ORDINARY  Kriging:kriging', '22:KINETIC monte carlo:kinetic Monte Carlo']);
		expect(matches('KRIGING, Kriging and kriging', lexicons)).toEqual(['9:Kriging:kriging', '21:kriging:kriging']);
	});

	it('reads a compound of lower-case words in any case, as a long form or a title capitalises it', () => {
		expect(matches('Fitted by Expectation-Maximization, then by EXPECTATION-MAXIMIZATION again.', lexicons)).toEqual([
			'10:Expectation-Maximization:expectation-maximization',
			'44:EXPECTATION-MAXIMIZATION:expectation-maximization',
		]);
	});

	it('takes no form glued to a letter, a digit or a hyphen, and finds one opening with punctuation', () => {
		expect(matches('co-kriging, krigings, xTD3, TD3x and 2TD3', lexicons)).toEqual([]);
		expect(matches('a (+)-catalysis step', lexicons)).toEqual(['2:(+)-catalysis:(+)-catalysis']);
	});

	it('takes no form joined by an en dash to the name before it, as two discoverers are joined, but one after a spaced dash', () => {
		const physics = lexiconsOf([{ name: 'Hubbard model', aliases: [] }]);
		expect(matches('the disordered Bose–Hubbard model of bosons', physics)).toEqual([]);
		expect(matches('a paradigm – Hubbard model phases, 2–Hubbard model', physics)).toEqual(['13:Hubbard model:Hubbard model', '37:Hubbard model:Hubbard model']);
	});

	it('finds what one alternation of every form found, on every seed abstract and the shipped lexicons', () => {
		const shipped = loadLexicons();
		for (const { title, abstract } of loadSeedPapers()) {
			for (const text of [title, abstract]) expect(matches(text, shipped)).toEqual(alternationMatches(text, shipped));
		}
		const tricky = 'Bose–Hubbard model, Meta-World and TD3+BC with (PPO) o1-mini GPT4 k-means K-means; Monte  Carlo Tree Search, simulated\nannealing.';
		expect(matches(tricky, shipped)).toEqual(alternationMatches(tricky, shipped));
		// The words are read character by character: every kind of white space, and letters outside ASCII, as `\s` and `[A-Za-z0-9]` read them.
		const spaced = 'PPO\u00a0and\u2028TD3\u3000with\ufeffsimulated\u2009annealing, \u00e9PPO, \u0130PPO and PPO\u0085TD3\tk-means\u000bMCTS.';
		expect(matches(spaced, shipped)).toEqual(alternationMatches(spaced, shipped));
		expect(matches(spaced, shipped).length).toBeGreaterThan(3);
	});

	it('indexes forms by their first word, so a word looks up only the forms it can begin', () => {
		const { byFirstWord } = lexiconIndex(lexicons);
		expect(byFirstWord.get('monte')!.map((f) => f.key)).toEqual(['monte carlo tree search']);
		expect(byFirstWord.get('kinetic')!.map((f) => f.key)).toEqual(['kinetic monte carlo simulations', 'kinetic monte carlo']);
		expect(byFirstWord.get('td3')!.map((f) => f.key)).toEqual(['TD3+BC', 'TD3']);
	});
});

describe('lexiconNames', () => {
	const lexicons = lexiconsOf([
		{ name: 'model predictive control', aliases: ['MPC'] },
		{ name: 'density functional theory', aliases: ['DFT'] },
	]);
	const names = (abstract: string) => lexiconNames.find({ ...entityContext(abstract), lexicons }).map((f) => `${f.name}:${f.role}`);

	it('finds every listed name as one the paper uses', () => {
		expect(names('Trajectories come from model predictive control, energies from DFT.')).toEqual(['model predictive control:used', 'density functional theory:used']);
	});

	it('leaves a name that is only part of a longer name the abstract defines, not the whole long form', () => {
		// vehicle control: the paper's controller is NMPC, a variant with a name of its own
		expect(names('A nonlinear model predictive control (NMPC) with a time-varying horizon generates trajectories.')).toEqual([]);
		expect(names('We ran NMPC (nonlinear model predictive control) on the vehicle.')).toEqual([]);
		expect(names('Barriers follow from density functional theory (DFT) calculations.')).toEqual(['density functional theory:used', 'density functional theory:used']);
	});
});

const redefinable = parseLexicons([
	{ file: 'content/lexicons/models.yaml', text: '- name: SAM\n  aliases: [Segment Anything Model]\n- name: BERT\n' },
]);
const namesIn = (abstract: string) => {
	const context = { title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: redefinable, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false };
	return lexiconNames.find(context).map((f) => f.name);
};

describe('lexiconNames on a short form the abstract defines', () => {
	it('finds an entry by its short form, defined as the entry or not defined at all', () => {
		expect(namesIn('We prompt SAM to segment cells.')).toEqual(['SAM']);
		expect(namesIn('The Segment Anything Model (SAM) segments cells.')).toEqual(['SAM', 'SAM']);
	});

	it('leaves a short form the abstract defines as something else', () => {
		expect(namesIn('Pixels are classified by the Spectral Angle Mapper (SAM); SAM is fast.')).toEqual([]);
		// An entry the lexicon gives no long form is trusted: "BERT" is BERT however the abstract spells it out.
		expect(namesIn('Bidirectional Encoder Representations from Transformers (BERT) is used.')).toEqual(['BERT']);
	});

	it('leaves the redefined short form to the acronym rules, as the abstract\'s own name', () => {
		const abstract = 'Pixels are classified by the Spectral Angle Mapper (SAM); SAM is fast.';
		const context = { title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: redefinable, isGeneric: () => false, isKnown: (n: string) => n === 'SAM', inUrl: () => false, inAcronym: () => false };
		expect(namedAcronyms.find(context).map((f) => f.name)).toEqual(['SAM']);
	});
});
