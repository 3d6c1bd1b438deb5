/** The localStorage key of the reader's theme choice, `'dark'` or `'light'`. */
export const THEME_KEY = 'paperfold-theme';
