import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('tierVariants in extractEntities', () => {
	it("takes a tier of the paper's own system as its own, of the same kind", () => {
		const abstract = 'Kestrel 3.0 is a new multilingual speech synthesis model. In addition, we provide Kestrel 3.0 Lite version, a distilled variant of Kestrel 3.0 for phones.';
		expect(found('Kestrel 3.0: Speech for Everyone', abstract)).toEqual(['Kestrel 3.0:model/introduced', 'Kestrel 3.0 Lite:model/introduced']);
	});

	it('finds no tier in an abstract without a tier word, nor one glued to a word', () => {
		const abstract = 'Kestrel 3.0 is a new multilingual speech synthesis model. We also provide Kestrel 3.0 Litefoot, a smaller variant.';
		expect(found('Kestrel 3.0: Speech for Everyone', abstract)).toEqual(['Kestrel 3.0:model/introduced']);
	});

	it('leaves a tier word after a name the paper does not introduce', () => {
		const abstract = 'We propose KesNet, a router. It beats Lark 2.0 Pro on two maps.';
		expect(found('Untitled', abstract)).not.toContain('Lark 2.0 Pro:method/introduced');
	});
});
