import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('longFormConjuncts in extractEntities', () => {
	it('takes each title-case part an introduced name spells out and the abstract names alone', () => {
		const abstract =
			'We present TIDE (joint Token Routing and Depth Pruning), a framework for fast decoding. First, we introduce Token Routing, which skips easy tokens. Second, Depth Pruning removes late layers.';
		expect(found('TIDE: Fast Decoding', abstract)).toEqual(expect.arrayContaining(['TIDE/introduced', 'Token Routing/introduced', 'Depth Pruning/introduced']));
	});

	it('reads a long form after any white space, and one of three parts', () => {
		const abstract =
			'We present TIDE\n(Token Routing,\tLayer Reuse and Depth Pruning), a framework for fast decoding. Token Routing skips easy tokens; Layer Reuse shares layers; Depth Pruning removes late ones.';
		expect(found('TIDE: Fast Decoding', abstract)).toEqual(
			expect.arrayContaining(['TIDE/introduced', 'Token Routing/introduced', 'Layer Reuse/introduced', 'Depth Pruning/introduced']),
		);
	});

	it('leaves a part written only inside the bracket', () => {
		const abstract = 'We present TIDE (joint Token Routing and Depth Pruning), a framework for fast decoding. It halves latency.';
		expect(found('TIDE: Fast Decoding', abstract).filter((e) => /Routing|Pruning/.test(e))).toEqual([]);
	});
});
