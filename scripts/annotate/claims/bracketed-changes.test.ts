import { describe, expect, it } from 'vitest';
import { findBracketedChanges } from './bracketed-changes.ts';

const values = (text: string) => findBracketedChanges(text).map((v) => v.text);

describe('findBracketedChanges', () => {
	// Physiology: the size of each change bracketed after what changed.
	it('reads amounts bracketed after the things a noun of change names', () => {
		expect(values('After the season, losses of lean mass (1.8 kg) and bone mineral (40 g) were recorded.')).toEqual(['1.8 kg', '40 g']);
		expect(values('Training brought a gain in calf girth (1.2 cm).')).toEqual(['1.2 cm']);
	});

	it('leaves bracketed counts, significances and brackets far from the change', () => {
		expect(values('Losses of muscle (n = 34) were larger (P < 0.05).')).toEqual([]);
		expect(values('An increase in strength was seen after the training programme ended (12 weeks).')).toEqual([]);
	});
});
