import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('T', abstract, emptyLexicons()).map((e) => e.name);

describe('plural kind acronyms in extractEntities', () => {
	it('drops an acronym defined in the plural over a plural common noun phrase, in any form', () => {
		const abstract =
			'Spoken dialogue language models (SDLMs) now converse in real time. Yet existing SDLM benchmarks test single turns. We benchmark 9 leading SDLMs on TalkBench.';
		expect(names(abstract)).not.toContain('SDLM');
	});

	it('keeps an acronym defined in the singular or over a title-case long form', () => {
		expect(names('We build a spoken dialogue language model (SDLM). Existing SDLM benchmarks test single turns.')).toContain('SDLM');
		expect(names('We build on Neural Radiance Fields (NeRFs). Existing NeRF benchmarks are small.')).toContain('NeRF');
	});

	it('drops a title-case plural of the models that do a task, and keeps models named for what they are', () => {
		const kind = 'Masked Image Generation Models (MIGMs) have achieved great success. We speed up two MIGM architectures with FlowCut.';
		expect(names(kind)).not.toContain('MIGMs');
		expect(names(kind)).not.toContain('MIGM');
		// unseen-round30 Hugging Face day: "Recent advancements in Generative Reward Models (GRMs) have demonstrated …".
		expect(names('Recent advances in Generative Reward Models (GRMs) scale reasoning length. We build FooRM.')).not.toContain('GRMs');
		const used = 'We build TaskBench, enabled by Language World Models (LWMs) that simulate environments.';
		expect(names(used)).toContain('LWMs');
	});

	// After a biophysics abstract of unseen-round37 (membranes and colloids): "indenting the membrane of differently composed Giant Unilamellar Vesicles (GUVs)".
	it('drops a title-case plural of a physical object a lab makes', () => {
		expect(names('We indent the membrane of Large Multilamellar Vesicles (LMVs) with trapped beads. LMVs deform.')).not.toContain('LMVs');
		expect(names('Single-Walled Carbon Nanotubes (SWCNTs) were grown. SWCNTs conduct.')).not.toContain('SWCNTs');
	});

	it('drops a title-case plural the title or the abstract writes in lower case elsewhere', () => {
		// Invented: a review opening on its subject's plural in capitals.
		const abstract = 'Coastal Defence Systems (CDSs) protect cities. Defining CDSs is hard; we review 40 coastal defence systems.';
		expect(names(abstract)).not.toContain('CDSs');
		const titled = extractEntities('Securing the resilience of coastal defence systems', 'Coastal Defence Systems (CDSs) protect cities. Defining CDSs is hard.', emptyLexicons());
		expect(titled.map((e) => e.name)).not.toContain('CDSs');
		expect(names('We build on Neural Radiance Fields (NeRFs). NeRFs render views.')).toContain('NeRFs');
	});
});
