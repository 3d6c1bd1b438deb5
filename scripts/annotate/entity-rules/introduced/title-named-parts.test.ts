import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('titleNamedParts in extractEntities', () => {
	it("takes a part the title names, defined in the contribution's sentence, as the paper's own", () => {
		const abstract = 'Scenes lack labels. To this end, we present SceneGrow, a framework for scene question answering, centered on the Verifiable Scene Oracle (VSO). The VSO checks answers.';
		expect(found('SceneGrow: Self-Improving 3D Reasoning via Verifiable Scene Oracles', abstract)).toEqual(['SceneGrow/introduced', 'VSO/introduced']);
	});

	it('leaves a part the title does not name as work used', () => {
		const abstract = 'Scenes lack labels. To this end, we present SceneGrow, a framework for scene question answering, centered on the Verifiable Scene Oracle (VSO). The VSO checks answers.';
		expect(found('SceneGrow: Self-Improving 3D Reasoning', abstract)).toContain('VSO/used');
	});
});
