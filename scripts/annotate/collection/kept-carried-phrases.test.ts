import fc from 'fast-check';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keptPhraseLists, type KeptCarriedPhrases } from './kept-carried-phrases.ts';
import { lowerCaseWords } from './lower-case-words.ts';
import { phraseCarriers } from './phrase-carriers.ts';

/**
 * Keyphrases whose tails start at a capitalised word after a name word ("Albani volcano" of "Colli
 * Albani volcano") and lone capitalised words: which phrases a paper carries turns on whether the
 * collection writes "albani", "decision" or "history" in lower case, which other papers decide.
 */
const KEYPHRASES = ['Colli Albani volcano', 'Markov Decision Process', 'ALMA data cubes', 'History', 'Landsat', 'common-path OCT'];
/** Texts that write those words in lower case or only capitalised. */
const SENTENCES = ['The Colli Albani volcano erupted.', 'Lava near albani vents.', 'A decision process.', 'Markov Decision Process models.', 'The history of Landsat.', 'History and ALMA data cubes.', 'We map common-path OCT.'];

const paper = fc.record({
	keyphrases: fc.subarray(KEYPHRASES, { minLength: 1 }),
	text: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' ')),
});

describe('phraseCarriers with kept phrases', () => {
	it('gives every paper the phrases made from scratch, round after round of papers replaced, added and dropped', () => {
		const rounds = fc.array(fc.record({ replace: fc.array(fc.tuple(fc.nat(), paper), { maxLength: 2 }), add: fc.array(paper, { maxLength: 2 }), drop: fc.nat({ max: 2 }) }), { minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(fc.array(paper, { minLength: 1, maxLength: 6 }), rounds, (first, changes) => {
				let kept: KeptCarriedPhrases | undefined;
				let pack: (() => KeptCarriedPhrases) | undefined;
				let papers = first;
				for (const change of [{ replace: [], add: [], drop: 0 }, ...changes]) {
					// Saved between builds, as the generator's cache is: packed once every paper was asked.
					kept = pack?.() ?? kept;
					pack = undefined;
					papers = papers.slice(0, Math.max(1, papers.length - change.drop)).concat(change.add);
					for (const [at, replaced] of change.replace) papers[at % papers.length] = replaced;
					const keyphrases = papers.map((p) => p.keyphrases);
					const texts = papers.map((p) => p.text);
					// The text key is the text itself here (the generator's digests the title and abstract).
					const keeping = { kept, keep: (packing: () => KeptCarriedPhrases) => (pack = packing), textKeys: texts };
					const fromKept = phraseCarriers(keyphrases, texts, lowerCaseWords(texts), keeping);
					const fresh = phraseCarriers(keyphrases, texts);
					papers.forEach((_, i) => expect(fromKept.phrases(i), `paper ${i}`).toEqual(fresh.phrases(i)));
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe('keptPhraseLists', () => {
	const keyphrases = [['Colli Albani volcano'], ['Markov Decision Process']];
	const textKeys = ['a', 'b'];
	const make = (made: number[]) => (paper: number, writtenInLowerCase: (word: string) => boolean) => {
		made.push(paper);
		return writtenInLowerCase(paper === 0 ? 'Albani' : 'Decision') ? ['lower'] : ['name'];
	};

	it('makes again only the papers whose key is new or whose lower-case answers changed', () => {
		let kept: KeptCarriedPhrases | undefined;
		let pack: (() => KeptCarriedPhrases) | undefined;
		// Each build starts from the last one's phrases, packed as a build saves them.
		const keeping = () => {
			kept = pack?.() ?? kept;
			pack = undefined;
			return { kept, keep: (packing: () => KeptCarriedPhrases) => (pack = packing), textKeys };
		};
		const first: number[] = [];
		const build1 = keptPhraseLists(keyphrases, () => false, keeping(), make(first));
		expect([build1(0), build1(1)]).toEqual([['name'], ['name']]);
		expect(first).toEqual([0, 1]);

		const second: number[] = [];
		const build2 = keptPhraseLists(keyphrases, () => false, keeping(), make(second));
		expect([build2(0), build2(1)]).toEqual([['name'], ['name']]);
		expect(second).toEqual([]);

		// Another paper now writes "albani" in lower case: paper 0's tail is asked again, paper 1's is not.
		const third: number[] = [];
		const build3 = keptPhraseLists(keyphrases, (word) => word === 'Albani', keeping(), make(third));
		expect([build3(0), build3(1)]).toEqual([['lower'], ['name']]);
		expect(third).toEqual([0]);
	});

	it('packs the phrases over one table of strings that a build read back from the file takes as kept', () => {
		const shared = [['Markov Decision Process', 'Atari'], ['Atari', 'Markov Decision Process']];
		let pack: (() => KeptCarriedPhrases) | undefined;
		const lists = keptPhraseLists(shared, () => false, { kept: undefined, keep: (packing) => (pack = packing), textKeys: ['a', 'b'] }, (paper) => [...shared[paper]!]);
		expect([lists(0), lists(1)]).toEqual(shared);
		const saved = pack!();
		expect(saved.strings.toSorted()).toEqual(['Atari', 'Markov Decision Process']);
		const made: number[] = [];
		const again = keptPhraseLists(shared, () => false, { kept: deserialize(serialize(saved)) as KeptCarriedPhrases, keep: () => {}, textKeys: ['a', 'b'] }, (paper) => (made.push(paper), []));
		const first = again(0);
		first.push('changed by its reader');
		expect([again(0), again(1)]).toEqual(shared);
		expect(made).toEqual([]);
	});
});
