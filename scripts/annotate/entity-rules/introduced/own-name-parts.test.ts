import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { ownNameParts } from './own-name-parts.ts';

const find = (abstract: string, found: string[]) =>
	ownNameParts.scope === 'paper'
		? ownNameParts
				.find(
					{ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false },
					found.map((name) => ({ name, forms: [name, name[0]!.toUpperCase() + name.slice(1)], type: 'method' as const })),
				)
				.map((h) => h.name)
		: [];

describe('ownNameParts', () => {
	// Written after a GPU-systems abstract: the own system, in lower case, as the sentence's subject.
	const ABSTRACT =
		'We propose fast-knn, an IO-aware nearest-neighbour implementation. Fast-knn introduces two core innovations: (1) TileScan, which fuses ' +
		'distance computation with selection; (2) sort-inverse merge, which avoids atomics. It outperforms FAISS.';

	it('takes the coined names opening the listed parts the own system introduces', () => {
		expect(find(ABSTRACT, ['fast-knn'])).toEqual(['TileScan']);
	});

	it('takes the title-case parts the own system, named by its kind, comprises', () => {
		const parts = 'We present LitLoom, a reading assistant. The system comprises two pipelines: (1) a Search Pipeline that merges sources; and (2) an Index Pipeline that builds graphs.';
		expect(find(parts, ['LitLoom'])).toEqual(['Search Pipeline', 'Index Pipeline']);
		expect(find(parts, [])).toEqual([]);
		expect(find('The system comprises two stages: (1) a Search Pipeline; (2) an Index Pipeline.', ['LitLoom'])).toEqual(['Search Pipeline', 'Index Pipeline']);
		expect(find('The system comprises two stages: (1) a search step that merges sources; and (2) an index step.', ['LitLoom'])).toEqual([]);
	});

	it('takes nothing when no own name was found, or when another name is the subject', () => {
		expect(find(ABSTRACT, [])).toEqual([]);
		expect(find('FAISS introduces two indexes: (1) IVFFlat, a coarse quantiser; (2) HNSW.', ['fast-knn'])).toEqual([]);
	});
});
