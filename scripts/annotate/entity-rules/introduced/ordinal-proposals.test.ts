import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('ordinalProposals', () => {
	// Vision and robotics papers walk through their designs so, the authors proposing each part.
	it('takes the title-case part the authors propose after each ordinal, hyphenated words counted', () => {
		expect(
			names(
				'We present GraspNova, a framework for cluttered picking. First, we propose a Depth-Guided Slot-of-Attention that groups pixels into objects. Second, we introduce Contact-Consistent Refinement, a loop that corrects each grasp.',
			),
		).toEqual(['GraspNova:method/introduced', 'Depth-Guided Slot-of-Attention:method/introduced', 'Contact-Consistent Refinement:method/introduced']);
	});

	it('leaves one capitalised word, and a proposal that does not open with an ordinal', () => {
		expect(names('We present GraspNova, a framework for picking. First, we propose a Transformer that groups pixels into objects.')).toEqual(['GraspNova:method/introduced']);
		expect(names('We present GraspNova, a framework for picking. It rests on what we propose as Contact Refinement.')).toEqual(['GraspNova:method/introduced']);
	});
});
