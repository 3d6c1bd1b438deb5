import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { splitSentences } from '../../sentences.ts';
import { extractEntities } from '../../text/entities.ts';
import { definedInBackground } from './background-name.ts';

// After xiao_strong_2015 in scripts/eval/listings/unseen-ecology.bib.
const METE =
	'The maximum entropy theory of ecology (METE) is a unified theory of biodiversity that predicts a large number of macroecological patterns. ' +
	'We evaluated four major predictions of METE simultaneously using data from 60 forest communities. ' +
	'METE successfully captured 96% of the variation in the rank distribution of species abundance.';

describe('definedInBackground', () => {
	it('knows a name first written in a definition', () => {
		expect(definedInBackground('METE', splitSentences(METE))).toBe(true);
	});

	// After cornell_referral_2025 in scripts/eval/listings/unseen-round6-school-psychology.bib: the acronym is never bracketed.
	it('knows an acronym whose words are first written out in a background sentence', () => {
		const btam =
			'Although behavioral threat assessment and management has become widely used in US schools, no studies have examined how often schools conduct it. ' +
			'This study examined the frequency of threat assessments. BTAM can help schools avoid overreacting.';
		expect(definedInBackground('BTAM', splitSentences(btam))).toBe(true);
		expect(definedInBackground('BTAM', splitSentences('We propose a behaviour tree action model. BTAM can help robots.'))).toBe(false);
	});

	it('leaves a name first written where the paper speaks of its own work', () => {
		expect(definedInBackground('DiffDepth', splitSentences('Depth estimation is hard. We build DiffDepth on a U-Net. DiffDepth keeps the denoiser.'))).toBe(false);
		expect(definedInBackground('DiffDepth', splitSentences('DiffDepth keeps the denoising U-Net and adds a depth head.'))).toBe(false);
	});
});

describe('a theory defined as background in extractEntities', () => {
	it('is a method the paper uses, though it is later the subject of a sentence', () => {
		const entities = extractEntities('A Strong Test of the Maximum Entropy Theory of Ecology', METE, emptyLexicons());
		expect(entities.map((e) => `${e.name}:${e.type}:${e.role}`)).toEqual(['METE:method:used']);
	});
});
