import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);

// unseen-round33 Hugging Face day: "In the final stage, we introduce Checkpointed Self Forcing, a memory-efficient
// Self Forcing variant that enables a longer-horizon teacher."
describe('titledVariants', () => {
	it('takes the variant the authors name and the method it varies', () => {
		const found = names('We train the model in stages. In the last stage, we introduce Gated Teacher Forcing, a memory-light Teacher Forcing variant that enables longer rollouts.');
		expect(found).toContain('Gated Teacher Forcing/method/introduced');
		expect(found).toContain('Teacher Forcing/method/used');
	});

	it('leaves a long form whose apposition does not write its tail again', () => {
		const found = names('We introduce Gated Teacher Forcing, a memory-light variant of earlier schemes.');
		expect(found).not.toContain('Teacher Forcing/method/used');
	});
});
