/**
 * Every size limit on content, in one place: the schema enforces them (so the CLI check refuses,
 * and the runtime drops, what exceeds them), the JSON Schema shows them to curators' editors, and
 * the 3D view can size a pavilion for them. Lengths are in characters (UTF-16 code units).
 * Each is several times what the real content uses today (in brackets), so a limit only ever
 * stops a mistake or an attack: a 1 MB title took the build 94 s, 2,000 exhibits froze a pavilion.
 */
export const LIMITS = {
  /** City, initiative and tour ids (47). Ids become file names and addresses. */
  id: 64,
  /** Titles of exhibits, tours and media; the exhibition's title and subtitle; taxonomy names (142). */
  title: 200,
  /** City names (27). */
  name: 120,
  /** An exhibit's summary (815). */
  summary: 2000,
  /** An exhibit's full text (470). */
  body: 8000,
  /** Introductions of cities and of the exhibition, credits, notes, tour descriptions (1,179). */
  introduction: 2000,
  /** What a guided tour says at one stop (464). */
  narration: 1000,
  /** Link labels, image alt texts, credits and licences (140). */
  label: 300,
  /** Any https:// address (the longest link today is well under 300). */
  url: 2000,
  /** Exhibits in one pavilion: what its interior can show at once (4). */
  initiativesPerCity: 24,
  /** Objects and lists nested in one content file (6): far below what would overflow a parser. */
  depth: 64,
  /** Bytes in one content file (165 KB): a city at every limit above stays under it. */
  fileBytes: 8 * 1024 * 1024,
} as const
