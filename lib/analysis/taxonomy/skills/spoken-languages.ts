import type { SkillDefinition } from "../types";

/**
 * Human languages postings require ("Fluent in at least two of: Dutch / English / French").
 * Aliases are the forms postings write literally; proficiency words (fluent, native) are the
 * extractor's business, not extra aliases, except the common fixed phrases.
 */
const LANGUAGE_CONTEXT = ["fluent", "fluency", "language", "languages", "speak", "speaking", "spoken", "native", "proficiency", "proficient", "english", "written", "verbal", "bilingual", "german", "french"];

export const SPOKEN_LANGUAGES_SKILLS: SkillDefinition[] = [
  { id: "english", name: "English", aliases: ["English language", "fluent English", "business English", "English proficiency", "written English", "spoken English"], category: "spoken-language", parents: [] },
  { id: "dutch", name: "Dutch", aliases: ["Dutch language", "Flemish", "fluent Dutch"], category: "spoken-language", parents: [] },
  { id: "french", name: "French", aliases: ["French language", "fluent French"], category: "spoken-language", parents: [] },
  { id: "german", name: "German", aliases: ["German language", "fluent German", "Deutsch"], category: "spoken-language", parents: [] },
  { id: "spanish", name: "Spanish", aliases: ["Spanish language", "fluent Spanish", "Español"], category: "spoken-language", parents: [] },
  { id: "portuguese", name: "Portuguese", aliases: ["Portuguese language", "Brazilian Portuguese", "fluent Portuguese"], category: "spoken-language", parents: [] },
  { id: "italian", name: "Italian", aliases: ["Italian language", "fluent Italian"], category: "spoken-language", parents: [] },
  { id: "mandarin-chinese", name: "Mandarin Chinese", aliases: ["Mandarin", "Chinese", "Chinese language", "Putonghua", "fluent Mandarin"], category: "spoken-language", parents: [] },
  { id: "cantonese", name: "Cantonese", aliases: ["Cantonese language"], category: "spoken-language", parents: [] },
  { id: "japanese", name: "Japanese", aliases: ["Japanese language", "business Japanese", "JLPT"], category: "spoken-language", parents: [] },
  { id: "korean", name: "Korean", aliases: ["Korean language"], category: "spoken-language", parents: [] },
  { id: "arabic", name: "Arabic", aliases: ["Arabic language", "Modern Standard Arabic"], category: "spoken-language", parents: [] },
  { id: "hindi", name: "Hindi", aliases: ["Hindi language"], category: "spoken-language", parents: [] },
  { id: "bengali", name: "Bengali", aliases: ["Bangla"], category: "spoken-language", parents: [] },
  { id: "urdu", name: "Urdu", aliases: ["Urdu language"], category: "spoken-language", parents: [] },
  { id: "russian", name: "Russian", aliases: ["Russian language"], category: "spoken-language", parents: [] },
  { id: "ukrainian", name: "Ukrainian", aliases: ["Ukrainian language"], category: "spoken-language", parents: [] },
  { id: "polish", name: "Polish", aliases: ["Polish language"], category: "spoken-language", parents: [], ambiguity: { forms: ["Polish"], caseSensitive: true, needsContext: LANGUAGE_CONTEXT } },
  { id: "czech", name: "Czech", aliases: ["Czech language"], category: "spoken-language", parents: [] },
  { id: "slovak", name: "Slovak", aliases: ["Slovak language"], category: "spoken-language", parents: [] },
  { id: "hungarian", name: "Hungarian", aliases: ["Hungarian language"], category: "spoken-language", parents: [] },
  { id: "romanian", name: "Romanian", aliases: ["Romanian language"], category: "spoken-language", parents: [] },
  { id: "bulgarian", name: "Bulgarian", aliases: ["Bulgarian language"], category: "spoken-language", parents: [] },
  { id: "serbian", name: "Serbian", aliases: ["Serbian language"], category: "spoken-language", parents: [] },
  { id: "croatian", name: "Croatian", aliases: ["Croatian language"], category: "spoken-language", parents: [] },
  { id: "greek", name: "Greek", aliases: ["Greek language"], category: "spoken-language", parents: [] },
  { id: "turkish", name: "Turkish", aliases: ["Turkish language"], category: "spoken-language", parents: [] },
  { id: "hebrew", name: "Hebrew", aliases: ["Hebrew language"], category: "spoken-language", parents: [] },
  { id: "persian", name: "Persian", aliases: ["Farsi", "Persian language"], category: "spoken-language", parents: [] },
  { id: "swedish", name: "Swedish", aliases: ["Swedish language"], category: "spoken-language", parents: [] },
  { id: "danish", name: "Danish", aliases: ["Danish language"], category: "spoken-language", parents: [] },
  { id: "norwegian", name: "Norwegian", aliases: ["Norwegian language"], category: "spoken-language", parents: [] },
  { id: "finnish", name: "Finnish", aliases: ["Finnish language"], category: "spoken-language", parents: [] },
  { id: "catalan", name: "Catalan", aliases: ["Catalan language"], category: "spoken-language", parents: [] },
  { id: "vietnamese", name: "Vietnamese", aliases: ["Vietnamese language"], category: "spoken-language", parents: [] },
  { id: "thai", name: "Thai", aliases: ["Thai language"], category: "spoken-language", parents: [] },
  { id: "indonesian", name: "Indonesian", aliases: ["Bahasa Indonesia", "Indonesian language"], category: "spoken-language", parents: [] },
  { id: "malay", name: "Malay", aliases: ["Bahasa Malaysia", "Bahasa Melayu"], category: "spoken-language", parents: [] },
  { id: "filipino", name: "Filipino", aliases: ["Tagalog"], category: "spoken-language", parents: [] },
  { id: "tamil", name: "Tamil", aliases: ["Tamil language"], category: "spoken-language", parents: [] },
  { id: "swahili", name: "Swahili", aliases: ["Kiswahili"], category: "spoken-language", parents: [] },
  { id: "sign-language", name: "Sign language", aliases: ["American Sign Language", "ASL", "British Sign Language", "BSL"], category: "spoken-language", parents: [] },
];
