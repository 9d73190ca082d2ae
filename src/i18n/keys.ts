/** The message names, typed from the English catalog: a misspelt key is a compile error. */
import type en from '../../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
