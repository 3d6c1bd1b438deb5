import { describe, expect, it } from 'vitest';
import { isCoinedName } from './coined-name.ts';

describe('isCoinedName', () => {
	it('accepts coined names and rejects ordinary or generic-looking words', () => {
		for (const name of ['RELIEF', 'RLPrompt', 'TimeMaster', 'ReLIC', 'SubPO', 'CoT-Max', 'BFM-Zero', 'S3RL', 'I2S', 'QWeb', 'MaskFeat++', 'CCI3.0', 'Skywork-Reward-Llama-3.1-8B']) {
			expect(isCoinedName(name), name).toBe(true);
		}
		for (const name of ['In-Context', 'Reptile', 'Zero-shot', 'GRPO-based', 'policy', '2023', 'Fig.2', 'Eq.3', 'Foo.Bar', 'McCoy', 'MacArthur']) expect(isCoinedName(name), name).toBe(false);
	});

	it('rejects a name joined to a lower-case participle, which describes by it', () => {
		for (const name of ['XYZ-verified', 'LLM-generated', 'CLIP-guided']) expect(isCoinedName(name), name).toBe(false);
		for (const name of ['XYZ-Verified', 'Qwen-7B']) expect(isCoinedName(name), name).toBe(true);
	});
});
