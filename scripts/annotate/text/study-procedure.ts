/**
 * What the participants of an experimental study did and what the authors ran them through, told as the study's design:
 * "Ten right-handed subjects volunteered for the experiment (mean age 34 ± 6)", "Participants viewed upright and inverted
 * faces in three tasks", "They drove a simulated car through five scenarios", "Meanwhile, they were equipped with EMG
 * sensors", "We conducted a within-subject experiment consisting of a 10-min task", "As a pilot study, we conducted
 * experiments on young adults", "ANOVA and post hoc tests were implemented for statistics". Psychology, ergonomics, indoor-environment and medical studies state their design so, in the
 * past, between their aim and their findings; the figures such a sentence holds are the sample's (an age's spread, a
 * session's length), and "experiment" names the set-up, not an outcome (`summary-cues.ts` reads both as results).
 *
 * What this leaves alone: what the participants showed or did better ("Participants performed better in …", "Subjects were
 * more sensitive to …"), and an experiment told with its finding ("we conducted … and found that …").
 */

// Who takes part in a study, by count or by role; "they" goes on with them.
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|[a-z]+ty-[a-z]+|\d{1,5})`;
const PEOPLE = String.raw`(?:participants|subjects|volunteers|respondents|children|adults|students|patients|people|persons|individuals|observers|listeners|drivers|players|pilots|workers|occupants|users|men|women|males|females)`;
// "Meanwhile,", "After viewing,", "As a subjective response,", "In each session,": a short fronted phrase before the subject.
const FRONT = String.raw`(?:[A-Za-z][\w-]*(?:\s+[\w-]+){0,4},\s+)?`;
// The subject: a count and up to four words of description ("Ten male paraplegic, right-handed subjects"), "the participants",
// or "they".
const SUBJECT = String.raw`(?:${COUNT}\s+(?:[\w-]+,?\s+){0,4}?${PEOPLE}|(?:the\s+|all\s+|both\s+)?${PEOPLE}|they)`;
// What participants are put through or do in a session: passive verbs of a design, and active verbs of doing a task. "performed"
// and "completed" only when no comparison follows ("performed better", "completed more trials").
const DONE = String.raw`(?:were\s+(?:\w+ly\s+|all\s+|then\s+|also\s+)?(?:volunteers|recruited|asked|instructed|exposed|shown|presented|divided|assigned|allocated|equipped|seated|fitted|trained|required|invited|enrolled|told|placed|immersed|tested)|volunteered|viewed|watched|drove|filled|wore|listened|underwent|experienced|took\s+part|participated|performed(?!\s+(?:better|worse|significantly|poorly|well|best|worst|more|less|similarly|equally)\b)|completed(?!\s+(?:more|fewer|less|significantly)\b))`;
const PARTICIPANTS_DID = new RegExp(String.raw`^${FRONT}${SUBJECT}\s+(?:\w+ly\s+|all\s+|then\s+|also\s+|first\s+)?${DONE}\b`, 'i');
// "We conducted a within-subject experiment consisting of …", "we performed climate chamber experiments to collect …", "As a
// pilot study, we conducted experiments on young subjects": the authors running the experiment, unless the same sentence
// tells what it found or how a method did ("…, where our ranking improves pretraining by 4.9%").
const RAN_EXPERIMENT = new RegExp(
	String.raw`^${FRONT}(?:we|I)\s+(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:conduct(?:ed)?|perform(?:ed)?|carried\s+out|carry\s+out|ran|run|designed)\s+(?:(?:a|an|two|three|four|five|several|\d+)\s+)?(?:[\w-]+\s+){0,3}?(?:experiments?|trials?|sessions?)\b(?![^.;]*\b(?:found|finds?|shows?|showed|revealed|observed|demonstrated|confirmed|improv(?:es|ed)|outperform(?:s|ed)|achiev(?:es|ed)|surpass(?:es|ed))\b)`,
	'i',
);
// "PCA, Fisher's tests and repeated-measures ANOVA were implemented for statistics": the tests a study ran, listed with
// commas a step's subject (`procedure-step.ts`) may not hold, and named by what they were for.
const STATISTICS_RUN = /\b(?:were|was)\s+(?:\w+ly\s+)?(?:used|applied|implemented|performed|conducted|carried\s+out|run)\s+for\s+(?:the\s+)?(?:statistics|statistical\s+(?:analys[ie]s|tests?|testing|comparisons?|evaluation))\b/i;

/**
 * Whether the sentence tells the design of an experiment with participants: who took part and what they did, or the
 * experiment the authors ran.
 *
 * @example tellsStudyProcedure('Twelve healthy volunteers were exposed to two conditions (mean age 24 ± 3).') // true
 * @example tellsStudyProcedure('Participants performed better in the quiet room.') // false
 */
export function tellsStudyProcedure(sentence: string): boolean {
	return PARTICIPANTS_DID.test(sentence) || RAN_EXPERIMENT.test(sentence) || STATISTICS_RUN.test(sentence);
}
