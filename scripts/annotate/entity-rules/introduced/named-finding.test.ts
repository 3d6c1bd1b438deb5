import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('namedFinding in extractEntities', () => {
	it('takes the name authors give a mechanism they uncover as their own', () => {
		expect(found('We also uncover a key mechanism: Negative Gradient Damping (NGD) in the optimiser, which drives reflection.')).toEqual(['NGD/introduced']);
	});

	it('leaves an acronym defined with no finding before it', () => {
		expect(found('We also study a key method: Negative Gradient Damping (NGD) in the optimiser, which drives reflection.')).not.toContain('NGD/introduced');
	});
});
