import { describe, expect, it } from 'vitest';
import { readsAsEnglish, titleReadsAsEnglish } from './english-text.ts';

describe('readsAsEnglish', () => {
	it('reads English prose, dense with names and terms too, as English', () => {
		expect(readsAsEnglish('We study the effect of the pandemic on the use of urban green spaces in two cities.')).toBe(true);
		expect(readsAsEnglish('Autoregressive (AR) language models form representations incrementally through left-to-right prediction, yet diffusion LMs (DLMs) refine whole sequences, and MDLM, SEDD, LLaDA and Dream-7B differ.')).toBe(true);
	});

	it('reads Spanish, Portuguese, French and German abstracts as not English', () => {
		for (const text of [
			'La presente investigación tuvo como objetivo identificar el rol que cumplen las redes sociales en épocas de crisis como la pandemia del covid-19.',
			'A pandemia da COVID-19 vem afetando o modo de vida nas cidades, exigindo respostas rápidas da administração pública em alguns países.',
			'Nous proposons une méthode pour estimer la salinité des estuaires à partir des mesures faites par des drones sous-marins pendant trois campagnes.',
			'Wir untersuchen die Wirkung der Pandemie auf die Nutzung städtischer Grünflächen in zwei Städten und vergleichen drei Zeiträume miteinander.',
		])
			expect(readsAsEnglish(text), text).toBe(false);
	});

	it('keeps a telegraphic English abstract and a list of keywords English: they hold no other language\'s function words either', () => {
		expect(readsAsEnglish('Background: COVID-19 lockdowns. Methods: cross-sectional online survey, 1,200 adults, Spain, April 2020. Results: anxiety prevalence 24%; depression 18%. Conclusions: green space access, better mental health.')).toBe(true);
		expect(readsAsEnglish('Keywords: urban green space; mental health; COVID-19; lockdown; park visits; mobility data; Oslo; Norway; recreation; well-being; physical activity.')).toBe(true);
	});

	it('takes text too short to judge for English', () => {
		expect(readsAsEnglish('Redes sociales y pandemia.')).toBe(true);
	});
});

describe('titleReadsAsEnglish', () => {
	it('reads a title in another language, or in two, as not English', () => {
		expect(titleReadsAsEnglish('El Rol De Las Redes Sociales En La Pandemia Del Covid-19')).toBe(false);
		expect(titleReadsAsEnglish('La Realidad Aumentada en el enfrentamiento a la COVID-19 The Augmented Reality in the confrontation with COVID-19')).toBe(false);
	});

	it('keeps an English title naming a place or a Latin phrase English', () => {
		for (const title of ['La Palma eruption', 'Spectral energy distribution of Nevado del Ruiz Volcano seismicity', 'De novo assembly of the axolotl genome', 'Attention Is All You Need'])
			expect(titleReadsAsEnglish(title), title).toBe(true);
	});
});
