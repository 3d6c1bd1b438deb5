import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csvField', () => {
	it('leaves plain text alone', () => {
		expect(csvField('GSM8K')).toBe('GSM8K');
		expect(csvField(4.55)).toBe('4.55');
		expect(csvField(null)).toBe('');
	});
	it('quotes commas, quotes and line breaks, doubling quotes', () => {
		expect(csvField('PPO, DQN')).toBe('"PPO, DQN"');
		expect(csvField('the "pre-train, prompt" paradigm')).toBe('"the ""pre-train, prompt"" paradigm"');
		expect(csvField('a\nb')).toBe('"a\nb"');
	});
	it('quotes cells a spreadsheet would read as a formula', () => {
		expect(csvField('-3.2 points')).toBe('"-3.2 points"');
	});
});

describe('toCsv', () => {
	it('writes a header and rows with CRLF line ends', () => {
		expect(toCsv(['paper', 'number'], [['RAMario', '~2300'], ['LaMo', '1,000']])).toBe('paper,number\r\nRAMario,~2300\r\nLaMo,"1,000"\r\n');
	});
});
