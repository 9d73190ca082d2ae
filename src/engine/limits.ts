/** Above this many characters only the start of a text is read: ads are short, hostile pages are not. */
export const MAX_TEXT = 200_000;
