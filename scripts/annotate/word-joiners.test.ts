import { describe, expect, it } from 'vitest';
import { separateJoinedWords } from './word-joiners.ts';

describe('separateJoinedWords', () => {
	it('reads dashes, the minus sign and slashes between words as spaces', () => {
		expect(separateJoinedWords('ship structures—R&D project')).toBe('ship structures R&D project');
		expect(separateJoinedWords('Seaports–a gap analysis')).toBe('Seaports a gap analysis');
		expect(separateJoinedWords('ZigBee/RFID')).toBe('ZigBee RFID');
		expect(separateJoinedWords('x−y')).toBe('x y');
	});

	it('keeps hyphens of compounds', () => {
		expect(separateJoinedWords('self-play in model-based RL')).toBe('self-play in model-based RL');
	});
});
