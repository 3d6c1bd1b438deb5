/**
 * How a model family's release is written after the family and its variants, so that the name is
 * kept whole: release words joined by a hyphen ("Qwen-Coder-Next", "Qwen3-Omni-30B",
 * "DeepSeek-V3.2-Exp", "…-Thinking", "…-think"), the modality a family's member generates or reads
 * ("Qwen-Image", "Wan-Video", "Qwen-Audio"), a version after a tier word ("Claude Opus 4.6", "Claude Sonnet
 * 4") and a version opened by a letter after a space or a hyphen ("Kimi K2.5", "Kimi-K2.5", "DeepSeek R1"). A release is
 * another model than its family: cut at the family, every number reported of the release goes to it.
 */

/**
 * Release words a vendor appends with a hyphen, among the variant suffixes of a model name; a
 * release stage is one too, in either case ("FLUX.1-dev", "Foo-2-beta"), and a reasoning mode
 * written short ("DeepSeek-V3.2-think", as leaderboards name a model run in that mode). A modality
 * word after a family names the member model that generates or reads it ("Qwen-Image" is an image
 * model of the Qwen family, not Qwen): cut at the family, its results would go to the family. So does a
 * task written as input "2" output ("Wan2.1-1.3B-T2V", "…-I2V", "…-TI2V"), the checkpoint a video or image
 * family releases for that task after its size.
 */
export const RELEASE_WORD = String.raw`(?:[A-Z]{1,2}2[A-Z]|Next|Thinking|[Tt]hink|Image|Video|Audio|Exp|Omni|Reasoner|Distill|Air|Ultra|Max|Plus|Nano|Lite|Codex|[Dd]ev|[Bb]eta|[Aa]lpha)(?![a-z])`;

// Tier words after which a vendor writes the version with a space.
const TIER = String.raw`(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Max|Plus|Nano|Lite|Mini|Turbo)`;
// A decimal, or one digit that no unit or count follows ("Claude Opus 4 times" is none).
const TIER_VERSION = String.raw`(?<=\b${TIER}) (?:\d+\.\d+|\d)(?![\w%×]|\.\d|\s(?:times|points?|percent|x|of)\b)`;
// A letter and a version after a space or a hyphen: "Kimi K2.5", "Kimi-K2.5", "R1"; metric and norm
// names ("F1", "R2", "L1") are none.
const LETTER_VERSION = String.raw`[ -](?!F1\b|R2\b|L[12]\b)[A-Z]\d{1,2}(?:\.\d+)?(?![\w%-])`;

/**
 * The spaced version a model name may end with, after its family, version, sizes and variant words;
 * appended to a model-name pattern (it matches nothing on its own).
 *
 * @example new RegExp(`Claude Opus${SPACED_RELEASE}`).exec('Claude Opus 4.6 leads')?.[0] // 'Claude Opus 4.6'
 */
export const SPACED_RELEASE = String.raw`(?:${TIER_VERSION}|${LETTER_VERSION})?`;
