import { describe, expect, it } from 'vitest';
import { statesResearchNeed } from './research-need.ts';

describe('statesResearchNeed', () => {
	it('reads what research still has to do, after a section label or a connector too', () => {
		expect(statesResearchNeed('Summary: It will be important to further characterize the roles of sirtuin 1 in the heart.')).toBe(true);
		expect(statesResearchNeed('It is also necessary to investigate the effect of fasting on other pathways.')).toBe(true);
		expect(statesResearchNeed('However, further prospective studies are needed to confirm these associations.')).toBe(true);
		expect(statesResearchNeed('Whether the effect is causal remains to be determined.')).toBe(true);
		// A review closing on its advice for later work.
		expect(statesResearchNeed('This study concludes by providing recommendations for future resilience assessments, including holistic ones.')).toBe(true);
		expect(statesResearchNeed('The review closes with suggestions for practitioners.')).toBe(true);
	});

	it('leaves a finding that mentions a need after its main clause, and what the paper did', () => {
		expect(statesResearchNeed('Our results show that fasting lowers X, although further studies are needed.')).toBe(false);
		expect(statesResearchNeed('It is important to note that X rose by 20%.')).toBe(false);
		expect(statesResearchNeed('Here we investigate the effect of fasting on X.')).toBe(false);
		expect(statesResearchNeed('Further studies confirmed the effect in older mice.')).toBe(false);
		expect(statesResearchNeed('This study concludes that holistic assessments are rare.')).toBe(false);
	});
});
