import { describe, expect, it } from 'vitest';
import { classifyLine, joinSplitLinks, looksLikeAbstract } from './hf-page-lines.ts';

describe('classifyLine', () => {
	it('reads card metadata lines by their form', () => {
		expect(classifyLine('• 8 authors')).toEqual({ kind: 'authors', count: 8 });
		expect(classifyLine('https://huggingface.co/papers/2501.12948')).toEqual({ kind: 'paper-url', arxivId: '2501.12948' });
		expect(classifyLine('[-] 12')).toEqual({ kind: 'upvotes', upvotes: 12 });
		expect(classifyLine('·')).toEqual({ kind: 'separator' });
		expect(classifyLine('[OpenAI](https://huggingface.co/openai)')).toEqual({ kind: 'organization', name: 'OpenAI' });
	});

	it('reads page chrome as chrome and a card title link as text with its arXiv id', () => {
		expect(classifyLine('Daily Papers')).toEqual({ kind: 'chrome' });
		expect(classifyLine('| a | b |')).toEqual({ kind: 'chrome' });
		expect(classifyLine('### [DeepSeek-R1](https://huggingface.co/papers/2501.12948)')).toEqual({ kind: 'text', text: 'DeepSeek-R1', arxivId: '2501.12948' });
	});
});

describe('joinSplitLinks', () => {
	it('joins a Markdown link broken over lines onto its first line and blanks the rest', () => {
		expect(joinSplitLinks(['[', '', '2 authors](https://example.org/a)', 'next'])).toEqual(['[2 authors](https://example.org/a)', '', '', 'next']);
	});
});

describe('looksLikeAbstract', () => {
	it('tells several sentences from a title holding one sentence break', () => {
		expect(looksLikeAbstract('Tricks or Traps? A Deep Dive into RL for LLM Reasoning')).toBe(false);
		expect(looksLikeAbstract('We study a problem that matters a lot. We solve it with a method that works well in practice.')).toBe(true);
	});
});
