import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const lexiconsWith = (models: string[]) => ({ ...emptyLexicons(), model: models.map((name) => ({ name, aliases: [] })) });
const roles = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`);

describe('our own name in extractEntities', () => {
	it('reads a name in apposition to "the proposed …" as the paper\'s', () => {
		expect(roles('Efficient retrieval', 'We evaluate retrieval with FooIndex, the proposed index, on three corpora.')).toContain('FooIndex:introduced');
	});

	it('reads a coined name in apposition to any kind the authors call their proposed one', () => {
		// Invented: a vision abstract naming its own component after the kind's noun.
		const abstract = 'Tracks drift over long videos. Our proposed 3D tracker, PinTrack3D, anchors points on confident frames, and SAM2 masks objects.';
		expect(roles('Stable tracking', abstract)).toContain('PinTrack3D:introduced');
	});

	it('reads a coined name right after "our … framework" as the paper\'s, and a known one there as used', () => {
		const abstract = 'We introduce Quill, a memory index. We optimize it with our reinforcement learning framework QuillRL, starting from our base model Qwen2.5-7B.';
		const found = extractEntities('Quill', abstract, lexiconsWith(['Qwen2.5-7B'])).map((e) => `${e.name}:${e.role}`);
		expect(found).toContain('QuillRL:introduced');
		expect(found).not.toContain('Qwen2.5-7B:introduced');
	});

	it('leaves a name in a phrase opening the sentence before "the proposed …" as used', () => {
		const abstract = 'We compute efficiency with DEA-Q and fuzzy data. Meanwhile, in DEA-Q, the proposed programming models are linear. DEA-Q models evaluate units.';
		expect(roles('Efficiency of networks using DEA-Q', abstract)).not.toContain('DEA-Q:introduced');
	});
});

describe('our own name, named by a verb of naming or by its size', () => {
	it('reads the name the authors say they call their framework, with its "+"', () => {
		expect(roles('Cost-aware provisioning', 'We present cost-aware provisioning for an automated serverless framework. Our framework, which we call DELTA+, will enable cost-aware usage.')).toContain('DELTA+:introduced');
	});

	it('reads "our" before a coined name and its size as the model the authors trained', () => {
		const entities = extractEntities('Reward models', 'We fine-tune an Execution Video Reward Model (ExeVRM) on traces. Our ExeVRM 8B achieves 84.7% accuracy.', emptyLexicons());
		expect(entities.map((e) => `${e.name}:${e.type}/${e.role}`)).toContain('ExeVRM:model/introduced');
	});
});
