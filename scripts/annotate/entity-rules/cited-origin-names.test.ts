import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const found = (abstract: string) => extractEntities('', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('citedOriginNames', () => {
	it('takes a title-case technique introduced elsewhere and the work that introduced it, as used', () => {
		const found1 = found('The agent then improves via the Plan--Act Self Review mechanism introduced in Tessera~3~lee2025tessera, with no weight update.');
		expect(found1).toContain('Plan--Act Self Review:method/used');
		expect(found1).toContain('Tessera 3:method/used');
	});

	it('leaves sections, authors and plain words as origins', () => {
		const found2 = found('We use the Sparse Gate Routing scheme described in Section 3, and the Soft Merge procedure proposed by Smith et al. in 2020.');
		expect(found2).toContain('Sparse Gate Routing:method/used');
		expect(found2.filter((e) => /^(?:Section|Smith)/.test(e))).toEqual([]);
	});
});
