import { describe, expect, it } from 'vitest';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { isGeneralWord, isVagueWord } from '../text/keyphrase-vocabulary.ts';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { FEATURES, keyphraseFeatures, keyphraseFeaturesFrom, paperKeyphraseFeatures, ROW_LENGTH, type FeatureName, type PaperKeyphraseFeatures } from './keyphrase-features.ts';

const paper = (title: string, abstract: string) => ({ title, abstract, candidates: extractKeyphraseCandidates(abstract) });

/** A paper's candidate rows read out of its flat numbers and marks: start, end, form, tf, words, values, entity, text. */
function rowsOf({ rows, marks }: PaperKeyphraseFeatures) {
	return Array.from({ length: rows.length / ROW_LENGTH }, (_, r) => {
		const at = r * ROW_LENGTH;
		const mark = marks.find(([row]) => row === r);
		return [rows[at]!, rows[at + 1]!, rows[at + 2]!, rows[at + 3]!, rows[at + 4]!, rows.slice(at + 5, at + ROW_LENGTH), mark?.[1], mark?.[2]] as const;
	});
}

/** Each candidate's features by name, keyed by its text. */
function featuresOf(papers: ReturnType<typeof paper>[]) {
	return keyphraseFeatures(papers).map(
		(list) => new Map(list.map((c) => [c.candidate.text, Object.fromEntries(FEATURES.map((name, k) => [name, c.values[k]!])) as Record<FeatureName, number>])),
	);
}

describe('keyphraseFeatures', () => {
	const papers = [
		paper('Pseudotime inference for single cells', 'We propose pseudotime inference for single cells. Large language models (LLMs) help, and LLMs summarise cell states. The framework uses a sliding buffer.'),
		paper('Dense retrieval', 'We study dense retrieval of cell states with a recurrent encoder.'),
	];
	const [first, second] = featuresOf(papers);

	it('counts how often the abstract says a phrase, a defined acronym counting as its long form, and leaves the acronym out', () => {
		expect(Math.exp(first!.get('Large language models')!.logTf)).toBe(2);
		expect(first!.get('Large language models')!.definesAcronym).toBe(1);
		expect(first!.has('LLMs')).toBe(false);
		expect(first!.get('sliding buffer')!.once).toBe(1);
	});

	it('rates a phrase another paper shares as less rare than one only this paper has', () => {
		expect(first!.get('cell states')!.idf).toBeLessThan(first!.get('sliding buffer')!.idf);
		expect(first!.get('sliding buffer')!.idf).toBe(1);
		expect(second!.get('cell states')!.idf).toBe(first!.get('cell states')!.idf);
	});

	it('reads title words, first position, the first sentence and the contribution sentence', () => {
		const pseudotime = first!.get('pseudotime inference')!;
		expect(pseudotime.wholeInTitle).toBe(1);
		expect(pseudotime.titleShare).toBe(1);
		expect(pseudotime.firstSentence).toBe(1);
		expect(pseudotime.contribution).toBe(1);
		expect(pseudotime.position).toBeLessThan(first!.get('sliding buffer')!.position);
		expect(first!.get('sliding buffer')!.firstSentence).toBe(0);
		expect(first!.get('sliding buffer')!.titleShare).toBe(0);
	});

	it('marks words outside general English, plural heads, and phrases weak by the hand-set rule', () => {
		expect(first!.get('pseudotime inference')!.outsideEnglish).toBe(0.5);
		expect(first!.get('sliding buffer')!.outsideEnglish).toBe(0);
		expect(first!.get('cell states')!.pluralHead).toBe(1);
		expect(first!.get('sliding buffer')!.weak).toBe(1);
		expect(first!.get('pseudotime inference')!.weak).toBe(0);
	});

	it("puts each paper's best phrase at a share of best of zero and the others below", () => {
		const shares = [...first!.values()].map((f) => f.shareOfBest);
		expect(Math.max(...shares)).toBe(0);
		expect(shares.filter((s) => s < 0).length).toBe(shares.length - 1);
	});
});

describe('paperKeyphraseFeatures and keyphraseFeaturesFrom', () => {
	const papers = [
		paper('Pseudotime inference for single cells', 'We propose pseudotime inference for single cells. Large language models (LLMs) help, and LLMs summarise cell states.'),
		paper('Dense retrieval', 'We study dense retrieval of cell states with a recurrent encoder.'),
		// A span whose text is not the abstract's, and entity names.
		{ title: 'CLIP probes', abstract: 'We probe CLIP on GSM8K.', candidates: [{ start: 3, end: 8, text: 'Probe' }], entities: [{ role: 'used' as const, spans: [{ start: 9, end: 13, text: 'CLIP' }, { start: 17, end: 22, text: 'GSM8K' }] }] },
	];

	it('give exactly the features of the whole collection, also from per-paper features kept as JSON (the cache)', () => {
		const perPaper = papers.map(paperKeyphraseFeatures);
		const throughJson = JSON.parse(JSON.stringify(perPaper)) as typeof perPaper;
		expect(keyphraseFeaturesFrom(papers, throughJson)).toEqual(keyphraseFeatures(papers));
		expect(keyphraseFeaturesFrom(papers, perPaper)).toEqual(keyphraseFeatures(papers));
	});

	it('leave the features that need the collection to the collection step', () => {
		const [first] = papers.map(paperKeyphraseFeatures);
		const idf = FEATURES.indexOf('idf');
		expect(rowsOf(first!).every(([, , , , , values]) => values[idf] === 0)).toBe(true);
		expect(first!.forms).toContain('llm');
		expect(rowsOf(first!).map(([, , form]) => first!.forms[form])).not.toContain('llm');
		expect(keyphraseFeaturesFrom(papers, papers.map(paperKeyphraseFeatures))[0]!.every((c) => c.values[idf]! > 0)).toBe(true);
	});
});

describe('paperKeyphraseFeatures rows', () => {
	it("hold each feature at its name's place in FEATURES, on every seed paper", () => {
		const at = (name: FeatureName) => FEATURES.indexOf(name);
		let rows = 0;
		for (const { title, abstract } of loadSeedPapers()) {
			const candidates = extractKeyphraseCandidates(abstract);
			const made = paperKeyphraseFeatures({ title, abstract, candidates });
			for (const [start, end, , tf, words, values, , text] of rowsOf(made)) {
				const written = (text ?? abstract.slice(start, end)).split(/[\s-]+/).filter(Boolean);
				const head = written.at(-1) ?? '';
				const expected: Partial<Record<FeatureName, number>> = {
					once: Number(tf === 1),
					oneWord: Number(words === 1),
					threePlusWords: Number(words >= 3),
					outsideEnglish: written.filter((w) => !/^[A-Za-z]+$/.test(w) || !isGeneralWord(w.toLowerCase())).length / Math.max(1, written.length),
					vagueHead: Number(isVagueWord(head)),
					gerundHead: Number(/^[a-z]{3,}ing$/.test(head)),
					introduced: 0,
					used: 0,
					logTf: 0,
					idf: 0,
					position: 0,
					handScore: 0,
					shareOfBest: 0,
				};
				for (const [name, value] of Object.entries(expected)) expect(values[at(name as FeatureName)], name).toBe(value);
				expect(values).toHaveLength(FEATURES.length);
				rows++;
			}
		}
		expect(rows).toBeGreaterThan(500);
	});

	it('are one flat array of numbers a paper, marked only where a candidate names an entity or is not written as the abstract slice', () => {
		const made = paperKeyphraseFeatures({
			title: 'CLIP probes',
			abstract: 'We probe CLIP on GSM8K with a linear head.',
			candidates: [
				{ start: 3, end: 8, text: 'Probe' },
				{ start: 30, end: 41, text: 'linear head' },
			],
			entities: [{ role: 'used', spans: [{ start: 9, end: 13, text: 'CLIP' }] }],
		});
		expect(made.rows.every((value) => typeof value === 'number')).toBe(true);
		expect(made.rows).toHaveLength(3 * ROW_LENGTH);
		expect(rowsOf(made).map(([start, end, form, , , , entity, text]) => [start, end, made.forms[form], entity, text])).toEqual([
			[3, 8, 'probe', 0, 'Probe'],
			[30, 41, 'linear head', undefined, undefined],
			[9, 13, 'clip', 'used', undefined],
		]);
		expect(made.marks).toEqual([
			[0, 0, 'Probe'],
			[2, 'used'],
		]);
	});
});
