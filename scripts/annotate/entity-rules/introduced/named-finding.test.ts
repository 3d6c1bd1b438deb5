import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('namedFinding in extractEntities', () => {
	it('takes the name authors give a mechanism they uncover as their own', () => {
		expect(found('Furthermore, we uncover a critical mechanism: Negative Gradient Damping (NGD) within training drives reflection.')).toEqual(['NGD/introduced']);
	});

	it('leaves an acronym defined with no finding before it', () => {
		expect(found('Furthermore, we study a critical method: Negative Gradient Damping (NGD) within training drives reflection.')).not.toContain('NGD/introduced');
	});
});
