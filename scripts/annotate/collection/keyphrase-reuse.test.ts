import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { keyphraseFeaturesFrom, paperKeyphraseFeatures } from './keyphrase-features.ts';
import { rankKeyphrasesReusing, type KeptSelection } from './keyphrase-reuse.ts';
import { rankByFeatures } from './select-keyphrases.ts';

const paper = (title: string, abstract: string) => ({ title, abstract, candidates: extractKeyphraseCandidates(abstract) });

const papers = [
	paper('Pseudotime inference for single cells', 'We propose pseudotime inference for single cells. Large language models (LLMs) help, and LLMs summarise cell states.'),
	paper('Dense retrieval', 'We study dense retrieval of cell states with a recurrent encoder.'),
	paper('Sliding buffers', 'A sliding buffer keeps recent frames for a recurrent encoder.'),
	paper('Tabular agents', 'Tabular agents plan over spreadsheets with a symbolic planner.'),
];
/** `papers` with the second abstract extended: "sliding buffer" is now said by two papers. */
const edited = papers.map((p, i) => (i === 1 ? paper(p.title, `${p.abstract} A sliding buffer helps.`) : p));

const fromScratch = (list: typeof papers) => rankByFeatures(keyphraseFeaturesFrom(list, list.map(paperKeyphraseFeatures)));
/** What a build keeps in its cache: the selections through JSON. */
const keptAsJson = (kept: KeptSelection[]) => JSON.parse(JSON.stringify(kept)) as KeptSelection[];

describe('rankKeyphrasesReusing', () => {
	it('ranks every paper as selection from scratch does when nothing is kept', () => {
		const ranked = rankKeyphrasesReusing(papers, papers.map(paperKeyphraseFeatures), []);
		expect(ranked.map((k) => k.selection)).toEqual(fromScratch(papers));
	});

	it('gives what a build from scratch gives after one abstract changed, from the selections kept before', () => {
		const kept = keptAsJson(rankKeyphrasesReusing(papers, papers.map(paperKeyphraseFeatures), []));
		// Kept by title and abstract, as the build's cache does: the edited paper has none.
		const byPaper = edited.map((p, i) => (p === papers[i] ? kept[i] : undefined));
		const again = rankKeyphrasesReusing(edited, edited.map(paperKeyphraseFeatures), byPaper);
		expect(again.map((k) => k.selection)).toEqual(fromScratch(edited));
		// The paper sharing no phrase with the edit is taken as kept; the one whose phrase count it changed is ranked again.
		expect(again[3]).toBe(byPaper[3]);
		expect(again[2]).not.toBe(byPaper[2]);
		expect(again[2]!.read).not.toBe(kept[2]!.read);
	});

	it('ranks again a kept selection that read other counts, and ranks again every paper when the collection grows', () => {
		const perPaper = papers.map(paperKeyphraseFeatures);
		const stale: KeptSelection = { read: '4:9', selection: { shown: [], ranked: [] } };
		expect(rankKeyphrasesReusing(papers, perPaper, papers.map(() => stale)).map((k) => k.selection)).toEqual(fromScratch(papers));
		const kept = rankKeyphrasesReusing(papers, perPaper, []);
		const grown = [...papers, paper('Symbolic planners', 'A symbolic planner for robots.')];
		const again = rankKeyphrasesReusing(grown, grown.map(paperKeyphraseFeatures), kept);
		expect(again.every((k, i) => k !== kept[i])).toBe(true);
		expect(again.map((k) => k.selection)).toEqual(fromScratch(grown));
	});
});
